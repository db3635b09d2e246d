package io.mll4j.onnx.clip;

/**
 * Text → token ids for a text tower, already padded or truncated to the tower's sequence length (every call
 * returns an array of the same length). {@link ClipBpeTokenizer} is CLIP's; a home-grown model may pass a lambda.
 */
@FunctionalInterface
public interface TextTokenizer {
    /** Token ids of one text, of the tower's fixed sequence length. */
    long[] tokenize(String text);
}
