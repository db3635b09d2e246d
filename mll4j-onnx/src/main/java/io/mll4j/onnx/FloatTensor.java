package io.mll4j.onnx;

import java.util.Arrays;

/**
 * A float output of a model run, flat in row-major order.
 *
 * @param values the elements
 * @param shape  the actual dimensions
 */
public record FloatTensor(float[] values, long[] shape) {

    /** The tensor as rows: first axis by the product of the others. */
    public float[][] rows() {
        int n = shape.length == 0 ? 1 : (int) shape[0];
        int width = n == 0 ? 0 : values.length / n;
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
        }
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatTensor t && Arrays.equals(values, t.values) && Arrays.equals(shape, t.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
