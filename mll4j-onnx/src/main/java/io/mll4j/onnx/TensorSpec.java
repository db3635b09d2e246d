package io.mll4j.onnx;

import ai.onnxruntime.OnnxJavaType;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * One input or output of an ONNX model as ONNX Runtime reports it.
 *
 * @param name  tensor name in the graph
 * @param type  element type
 * @param shape dimensions, {@code -1} where symbolic (e.g. the batch axis)
 * @param dims  symbolic dimension names ({@code ""} where fixed or unnamed)
 */
public record TensorSpec(String name, OnnxJavaType type, long[] shape, String[] dims) {

    public TensorSpec {
        shape = shape.clone();
        dims = dims.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Size of axis {@code i}, or {@code -1} when symbolic. */
    public long dim(int i) {
        return shape[i];
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public String[] dims() {
        return dims.clone();
    }

    /** E.g. {@code [N, 3, 224, 224]}: symbolic axes by name, or {@code ?}. */
    public String shapeText() {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < shape.length; i++) {
            j.add(shape[i] >= 0 ? Long.toString(shape[i]) : i < dims.length && !dims[i].isEmpty() ? dims[i] : "?");
        }
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t && name.equals(t.name) && type == t.type && Arrays.equals(shape, t.shape)
                && Arrays.equals(dims, t.dims);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + type.hashCode()) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "'" + name + "' " + type + " " + shapeText();
    }
}
