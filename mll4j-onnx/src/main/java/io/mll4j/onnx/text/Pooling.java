package io.mll4j.onnx.text;

/** How token vectors ({@code last_hidden_state}) become one sentence vector. */
public enum Pooling {
    /** Average of the token vectors under the attention mask (sentence-transformers MiniLM, E5). */
    MEAN {
        @Override
        void pool(float[] hidden, long[] mask, int row, int seqLen, int dim, float[] out) {
            int count = 0;
            for (int t = 0; t < seqLen; t++) {
                if (mask[row * seqLen + t] == 0) {
                    continue;
                }
                count++;
                int base = (row * seqLen + t) * dim;
                for (int d = 0; d < dim; d++) {
                    out[d] += hidden[base + d];
                }
            }
            float inv = 1f / Math.max(count, 1);
            for (int d = 0; d < dim; d++) {
                out[d] *= inv;
            }
        }
    },
    /** The vector of the first token, {@code [CLS]} (BGE). */
    CLS {
        @Override
        void pool(float[] hidden, long[] mask, int row, int seqLen, int dim, float[] out) {
            System.arraycopy(hidden, row * seqLen * dim, out, 0, dim);
        }
    };

    /**
     * Pools row {@code row} of a flat {@code [batch][seqLen][dim]} tensor into {@code out} (zeroed, length dim).
     * {@code mask} is the flat {@code [batch][seqLen]} attention mask.
     */
    abstract void pool(float[] hidden, long[] mask, int row, int seqLen, int dim, float[] out);
}
