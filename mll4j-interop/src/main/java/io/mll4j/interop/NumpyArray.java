package io.mll4j.interop;

import io.mll4j.exception.DataException;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A numpy {@code ndarray} as unpickled, before its rows are taken: dtype, shape and raw data. Built by
 * {@code _reconstruct} + {@code __setstate__} (protocols 2-4) or by {@code _frombuffer} (protocol 5). Public because
 * Pyrolite calls {@link #__setstate__} reflectively.
 */
public final class NumpyArray {
    NumpyDtype dtype;
    int[] shape;
    byte[] data;
    /** Row ids given by the reader once the rows were taken (the data is then dropped). */
    int[] rows;

    NumpyArray() {
    }

    NumpyArray(byte[] data, NumpyDtype dtype, Object shape, Object order) {
        this.data = data;
        this.dtype = dtype;
        this.shape = shape(shape);
        if ("F".equals(order) && this.shape.length > 1) {
            throw new DataException("Fortran-ordered numpy arrays are not supported as label rows");
        }
    }

    /** numpy's ndarray state: (version, shape, dtype, is_fortran, raw data). */
    public void __setstate__(Object[] state) {
        if (state.length != 5 || !(state[2] instanceof NumpyDtype type)) {
            throw new DataException("unexpected numpy array state of " + state.length + " fields");
        }
        if (!(state[4] instanceof byte[] raw)) {
            throw new DataException("numpy array data is a " + (state[4] == null ? "null" : state[4].getClass()
                    .getSimpleName()) + ", expected raw bytes (object arrays are not label rows)");
        }
        if (Boolean.TRUE.equals(state[3]) && shape(state[1]).length > 1) {
            throw new DataException("Fortran-ordered numpy arrays are not supported as label rows");
        }
        this.shape = shape(state[1]);
        this.dtype = type;
        this.data = raw;
    }

    private static int[] shape(Object value) {
        if (value instanceof Object[] dims) {
            int[] out = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                out[i] = ((Number) dims[i]).intValue();
            }
            return out;
        }
        if (value instanceof List<?> dims) {
            return shape(dims.toArray());
        }
        throw new DataException("numpy array shape is a " + value + ", expected a tuple");
    }

    /** Rows in this array: 1 for a vector, the first dimension for a matrix. */
    int rowCount() {
        return switch (shape.length) {
            case 1 -> 1;
            case 2 -> shape[0];
            default -> throw new DataException("numpy array of shape " + java.util.Arrays.toString(shape)
                    + " is not a score row or a matrix of rows");
        };
    }

    /** Scores per row. */
    int rowLength() {
        return shape[shape.length - 1];
    }

    /** Bytes of one row. */
    int rowBytes() {
        return rowLength() * dtype.floatBytes();
    }

    /** Row {@code i} decoded to floats (float16 and float32 exactly; float64 rounded to float). */
    float[] row(int i) {
        float[] out = new float[rowLength()];
        ByteBuffer b = ByteBuffer.wrap(data).order(dtype.order());
        int base = i * rowBytes();
        if (data.length != rowCount() * rowBytes()) {
            throw new DataException("numpy array of shape " + java.util.Arrays.toString(shape) + " and dtype "
                    + dtype + " carries " + data.length + " bytes");
        }
        for (int v = 0; v < out.length; v++) {
            out[v] = ScoreEncoding.of(dtype).read(b, base, v);
        }
        return out;
    }
}
