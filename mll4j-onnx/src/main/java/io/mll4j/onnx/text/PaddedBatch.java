package io.mll4j.onnx.text;

import java.util.Arrays;

/**
 * Encodings padded to the longest one, flattened to the {@code [batch][seqLen]} layout ORT takes; padded positions
 * have attention mask 0.
 */
record PaddedBatch(long[] ids, long[] mask, long[] types, int size, int seqLen) {

    static PaddedBatch of(Encoding[] encodings, int[] rows, long padId) {
        int seqLen = 0;
        for (int row : rows) {
            seqLen = Math.max(seqLen, encodings[row].length());
        }
        long[] ids = new long[rows.length * seqLen];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        Arrays.fill(ids, padId);
        for (int r = 0; r < rows.length; r++) {
            Encoding e = encodings[rows[r]];
            System.arraycopy(e.inputIds(), 0, ids, r * seqLen, e.length());
            System.arraycopy(e.attentionMask(), 0, mask, r * seqLen, e.length());
            System.arraycopy(e.tokenTypeIds(), 0, types, r * seqLen, e.length());
        }
        return new PaddedBatch(ids, mask, types, rows.length, seqLen);
    }
}
