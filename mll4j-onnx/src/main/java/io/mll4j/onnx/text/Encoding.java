package io.mll4j.onnx.text;

/**
 * One tokenized text, special tokens included, not padded: the three BERT inputs of equal length.
 *
 * @param inputIds vocabulary ids
 * @param attentionMask 1 for every token (padding is added per batch by the embedder)
 * @param tokenTypeIds segment ids, 0 for a single sequence
 */
public record Encoding(long[] inputIds, long[] attentionMask, long[] tokenTypeIds) {
    public Encoding {
        if (attentionMask.length != inputIds.length || tokenTypeIds.length != inputIds.length) {
            throw new IllegalArgumentException("inputIds, attentionMask and tokenTypeIds must have the same length");
        }
    }

    /** Number of tokens, special tokens included. */
    public int length() {
        return inputIds.length;
    }
}
