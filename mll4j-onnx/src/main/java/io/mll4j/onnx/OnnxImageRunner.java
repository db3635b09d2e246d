package io.mll4j.onnx;

import ai.onnxruntime.OnnxJavaType;
import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.ImagePreprocessor;
import io.mll4j.image.Preprocessing;
import io.mll4j.image.Preprocessing.Layout;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Images through an ONNX model with one float image input ({@code [N,C,H,W]} or {@code [N,H,W,C]}) and a
 * {@code [N,D]} float output, in batches. Checks at construction that the model's input fits the preprocessing
 * and that the output is 2-D. A model exported with a fixed batch size (e.g. 1) is fed chunks of exactly that
 * size, the last one padded with zeros.
 */
public final class OnnxImageRunner implements AutoCloseable {
    private final OnnxModelRunner model;
    private final ImagePreprocessor preprocessor;
    private final TensorSpec input;
    private final TensorSpec output;
    private final int chunk;
    private final boolean fixedBatch;

    /**
     * @param model      the opened model; closed by {@link #close()}
     * @param spec       how images become the input tensor
     * @param inputName  input to feed, or null for the only one
     * @param outputName output to read, or null for the first one
     * @param batchSize  images per run when the batch axis is symbolic
     * @throws ModelLoadException if the input or output does not fit (message names expected and actual shapes)
     */
    public OnnxImageRunner(OnnxModelRunner model, Preprocessing spec, String inputName, String outputName,
                           int batchSize) {
        this.model = Objects.requireNonNull(model, "model");
        this.preprocessor = new ImagePreprocessor(Objects.requireNonNull(spec, "spec"));
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.input = model.input(inputName);
        this.output = model.output(outputName);
        checkInput(spec);
        if (output.type() != OnnxJavaType.FLOAT || output.rank() != 2) {
            throw new ModelLoadException("ONNX model " + model.path() + ": output " + output
                    + " does not fit, expected float [N, D]");
        }
        this.fixedBatch = input.dim(0) > 0;
        this.chunk = fixedBatch ? (int) input.dim(0) : batchSize;
    }

    private void checkInput(Preprocessing spec) {
        String expected = spec.layout() == Layout.NCHW ? "[N, " + spec.channels() + ", H, W]"
                : "[N, H, W, " + spec.channels() + "]";
        if (input.type() != OnnxJavaType.FLOAT || input.rank() != 4) {
            throw mismatch("expected float " + expected);
        }
        int channelAxis = spec.layout() == Layout.NCHW ? 1 : 3;
        int heightAxis = spec.layout() == Layout.NCHW ? 2 : 1;
        long channels = input.dim(channelAxis);
        if (channels > 0 && channels != spec.channels()) {
            throw mismatch("expected " + expected + " for " + spec.color());
        }
        long h = input.dim(heightAxis);
        long w = input.dim(heightAxis + 1);
        if (h > 0 || w > 0) {
            int side = spec.cropSize() > 0 ? spec.cropSize() : spec.exactResize() ? spec.resize() : 0;
            if (side == 0) {
                throw mismatch("the model needs a fixed size but the preprocessing neither crops nor resizes "
                        + "exactly: " + spec);
            }
            if ((h > 0 && h != side) || (w > 0 && w != side)) {
                throw mismatch("the preprocessing gives " + side + "x" + side + " images");
            }
        }
    }

    private ModelLoadException mismatch(String why) {
        return new ModelLoadException("ONNX model " + model.path() + ": input " + input + " does not fit: " + why);
    }

    public TensorSpec input() {
        return input;
    }

    public TensorSpec output() {
        return output;
    }

    /** Width {@code D} of the output when fixed in the model, else {@code -1}. */
    public long outputWidth() {
        return output.dim(1);
    }

    public OnnxModelRunner model() {
        return model;
    }

    /** One output row per image, {@code [images][D]}. */
    public float[][] run(List<BufferedImage> images) {
        float[][] rows = new float[images.size()][];
        for (int start = 0; start < images.size(); start += chunk) {
            List<BufferedImage> part = images.subList(start, Math.min(start + chunk, images.size()));
            float[][] out = runChunk(part);
            System.arraycopy(out, 0, rows, start, part.size());
        }
        return rows;
    }

    private float[][] runChunk(List<BufferedImage> part) {
        BufferedImage first = part.get(0);
        int[] size = preprocessor.outputSize(first.getWidth(), first.getHeight());
        int per = preprocessor.tensorLength(first.getWidth(), first.getHeight());
        int n = fixedBatch ? chunk : part.size();
        // a fixed-batch model gets zero rows after the last image
        float[] batch = Arrays.copyOf(preprocessor.applyBatch(part), n * per);
        int c = preprocessor.preprocessing().channels();
        long[] shape = preprocessor.preprocessing().layout() == Layout.NCHW
                ? new long[]{n, c, size[1], size[0]} : new long[]{n, size[1], size[0], c};
        FloatTensor result = model.runFloat(input.name(), batch, shape, output.name());
        long[] got = result.shape();
        if (got.length != 2 || got[0] != n) {
            throw new InferenceException("ONNX model " + model.path() + ": output '" + output.name() + "' has shape "
                    + Arrays.toString(got) + " for a batch of " + n + ", expected [" + n + ", D]");
        }
        return result.rows();
    }

    @Override
    public void close() {
        model.close();
    }
}
