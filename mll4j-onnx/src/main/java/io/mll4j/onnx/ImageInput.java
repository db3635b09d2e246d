package io.mll4j.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.Preprocessing;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * Checks that an image input tensor fits the preprocessing (rank 4, layout, channels, size, batch -1 or 1) and
 * makes a synthetic batch-1 input for it: seeded noise pixels passed through the preprocessing's scale and
 * normalisation, so values lie in the range real images produce.
 */
final class ImageInput {
    /** Used when neither the preprocessing nor the model fixes the spatial size. */
    private static final int FALLBACK_SIZE = 224;

    private final String name;
    private final long[] shape;
    private final Preprocessing preprocessing;

    private ImageInput(String name, long[] shape, Preprocessing preprocessing) {
        this.name = name;
        this.shape = shape;
        this.preprocessing = preprocessing;
    }

    String name() {
        return name;
    }

    /**
     * @param file label of the model file for messages
     * @throws ModelLoadException naming the file, the input and expected vs actual shape when they do not fit
     */
    static ImageInput fit(NodeInfo input, Preprocessing p, String file) {
        if (!(input.getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
            throw new ModelLoadException(file + ": image input '" + input.getName() + "' must be a FLOAT tensor, is "
                    + input.getInfo());
        }
        long[] actual = info.getShape();
        int c = p.channels();
        int size = p.cropSize() > 0 ? p.cropSize() : p.exactResize() ? p.resize() : 0;
        boolean nchw = p.layout() == Preprocessing.Layout.NCHW;
        String expected = "[N, " + (nchw ? c + ", " + dim(size) + ", " + dim(size) : dim(size) + ", " + dim(size) + ", " + c)
                + "] (" + p.color() + ", " + p.layout() + ", batch -1 or 1)";
        String problem = "image input '" + input.getName() + "' has shape " + Arrays.toString(actual)
                + ", the preprocessing gives " + expected;
        if (actual.length != 4) {
            throw new ModelLoadException(file + ": " + problem);
        }
        int ci = nchw ? 1 : 3;
        int hi = nchw ? 2 : 1;
        boolean ok = (actual[0] == -1 || actual[0] == 1) && fits(actual[ci], c)
                && fitsSize(actual[hi], size) && fitsSize(actual[hi + 1], size);
        if (!ok) {
            throw new ModelLoadException(file + ": " + problem);
        }
        long[] concrete = new long[4];
        concrete[0] = 1;
        concrete[ci] = c;
        concrete[hi] = concreteSize(actual[hi], size, p);
        concrete[hi + 1] = concreteSize(actual[hi + 1], size, p);
        return new ImageInput(input.getName(), concrete, p);
    }

    /** A batch-1 tensor of preprocessed noise; the caller closes it. */
    OnnxTensor synthetic(OrtEnvironment env) throws OrtException {
        int n = Math.toIntExact(shape[1] * shape[2] * shape[3]);
        boolean nchw = preprocessing.layout() == Preprocessing.Layout.NCHW;
        int channels = preprocessing.channels();
        float[] mean = preprocessing.mean();
        float[] std = preprocessing.std();
        Random random = new Random(42);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            int ch = nchw ? (int) (i / (shape[2] * shape[3])) : i % channels;
            values[i] = (random.nextInt(256) * preprocessing.scale() - mean[ch]) / std[ch];
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
    }

    private static boolean fits(long actual, long expected) {
        return actual == -1 || actual == expected;
    }

    /** A fixed model size needs a fixed preprocessing size; a dynamic one takes anything. */
    private static boolean fitsSize(long actual, int expected) {
        return actual == -1 || (expected > 0 && actual == expected);
    }

    private static long concreteSize(long actual, int expected, Preprocessing p) {
        if (actual > 0) {
            return actual;
        }
        return expected > 0 ? expected : p.resize() > 0 ? p.resize() : FALLBACK_SIZE;
    }

    private static String dim(int size) {
        return size > 0 ? String.valueOf(size) : "any";
    }
}
