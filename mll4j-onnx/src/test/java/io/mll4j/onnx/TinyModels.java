package io.mll4j.onnx;

import io.mll4j.onnx.build.OnnxGraphBuilder;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small ONNX graphs with known weights, and the Java computations they must agree with. */
public final class TinyModels {
    /** CLIP's vocabulary size, so that real CLIP token ids index the toy embedding table. */
    public static final int VOCAB = 49408;

    private TinyModels() {
    }

    /** Deterministic weights in [-1, 1). */
    public static float[] weights(int count, long seed) {
        Random random = new Random(seed);
        float[] w = new float[count];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextFloat() * 2 - 1;
        }
        return w;
    }

    /**
     * Linear classifier {@code logits = flatten(x) · w + b} over {@code [batch, channels, side, side]} images.
     *
     * @param batch fixed batch size, or -1 for a symbolic batch axis
     */
    public static Path linearClassifier(Path file, int batch, int channels, int side, float[] w, float[] b) {
        int in = channels * side * side;
        int out = b.length;
        OnnxGraphBuilder.create("linear")
                .input("pixels", ElementType.FLOAT, batch, channels, side, side)
                .initializer("w", w, in, out)
                .initializer("b", b, out)
                .flatten("pixels", 1, "flat")
                .gemm("flat", "w", "b", "logits")
                .output("logits", ElementType.FLOAT, batch, out)
                .write(file);
        return file;
    }

    /** Java reference of {@link #linearClassifier}: {@code x · w + b} for one flattened input. */
    public static float[] linear(float[] x, float[] w, float[] b) {
        float[] y = b.clone();
        for (int j = 0; j < b.length; j++) {
            double sum = b[j];
            for (int i = 0; i < x.length; i++) {
                sum += (double) x[i] * w[i * b.length + j];
            }
            y[j] = (float) sum;
        }
        return y;
    }

    /** Image tower {@code flatten(x) · w} over {@code [N, 3, side, side]}, output {@code [N, dim]}. */
    public static Path imageTower(Path file, int side, float[] w, int dim) {
        OnnxGraphBuilder.create("visual")
                .input("image", ElementType.FLOAT, -1, 3, side, side)
                .initializer("w", w, 3L * side * side, dim)
                .flatten("image", 1, "flat")
                .matMul("flat", "w", "embedding")
                .output("embedding", ElementType.FLOAT, -1, dim)
                .write(file);
        return file;
    }

    /**
     * Text tower pooled at the end-of-text token like CLIP: token embeddings {@code e [VOCAB, width]} summed
     * cumulatively along the sequence (a stand-in for the causal transformer), taken at the position of the
     * largest id (EOT), projected by {@code proj [width, dim]}.
     *
     * @param ids     INT64 or INT32 token input
     * @param context sequence length, or -1 for symbolic
     */
    public static Path textTower(Path file, ElementType ids, int context, float[] e, int width, float[] proj,
                                 int dim) {
        OnnxGraphBuilder.create("textual")
                .input("text", ids, -1, context)
                .initializer("e", e, VOCAB, width)
                .initializer("axis", new long[]{1})
                .initializer("proj", proj, width, dim)
                .gather("e", "text", 0, "tokens")
                .node("CumSum", List.of("tokens", "axis"), "prefix")
                .cast("text", ElementType.FLOAT, "text_f")
                .argMax("text_f", 1, true, "eot")
                .node("GatherND", List.of("prefix", "eot"), List.of("pooled"), Map.of("batch_dims", 1))
                .matMul("pooled", "proj", "embedding")
                .output("embedding", ElementType.FLOAT, -1, dim)
                .write(file);
        return file;
    }

    /** Java reference of {@link #textTower} for one row of ids. */
    public static float[] text(long[] ids, float[] e, int width, float[] proj, int dim) {
        int eot = 0;
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] > ids[eot]) {
                eot = i;
            }
        }
        float[] pooled = new float[width];
        for (int p = 0; p <= eot; p++) {
            for (int k = 0; k < width; k++) {
                pooled[k] += e[(int) ids[p] * width + k];
            }
        }
        return linear(pooled, proj, new float[dim]);
    }

    /** Unit-L2 copy. */
    public static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (out[i] / Math.sqrt(sum));
        }
        return out;
    }
}
