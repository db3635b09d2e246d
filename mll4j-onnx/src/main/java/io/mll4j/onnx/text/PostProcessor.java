package io.mll4j.onnx.text;

/**
 * The single-sequence template of a tokenizer's post-processor, e.g. {@code [CLS] A [SEP]}: special tokens before
 * and after the sequence, each with its type id.
 */
record PostProcessor(int[] before, int[] beforeTypes, int sequenceType, int[] after, int[] afterTypes) {
    static final PostProcessor NONE = new PostProcessor(new int[0], new int[0], 0, new int[0], new int[0]);

    int specialCount() {
        return before.length + after.length;
    }
}
