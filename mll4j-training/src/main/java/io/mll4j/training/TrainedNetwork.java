package io.mll4j.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained network in DJL (native memory: close it), with its spec and training record. Gives its outputs
 * (class logits, or tower embeddings before normalisation) and its weights as plain arrays for export.
 */
public final class TrainedNetwork implements AutoCloseable {
    private static final int PREDICT_BATCH = 256;

    private final ArchitectureSpec spec;
    private final Model model;
    private final SequentialBlock network;
    private final TrainingRecord record;
    private boolean closed;

    TrainedNetwork(ArchitectureSpec spec, Model model, SequentialBlock network, TrainingRecord record) {
        this.spec = spec;
        this.model = model;
        this.network = network;
        this.record = record;
    }

    public ArchitectureSpec spec() {
        return spec;
    }

    /** How this network was trained. */
    public TrainingRecord record() {
        return record;
    }

    /** Network outputs in inference mode (dropout off, batchnorm on running statistics): {@code [N, outputSize]}. */
    public float[][] predict(float[][] images) {
        checkOpen();
        int size = spec.input().size();
        int width = spec.outputSize();
        float[][] out = new float[images.length][];
        for (int from = 0; from < images.length; from += PREDICT_BATCH) {
            int n = Math.min(PREDICT_BATCH, images.length - from);
            try (NDManager manager = model.getNDManager().newSubManager()) {
                float[] pixels = new float[n * size];
                for (int b = 0; b < n; b++) {
                    if (images[from + b].length != size) {
                        throw new IllegalArgumentException("image row " + (from + b) + " has " + images[from + b].length
                                + " values, expected " + size);
                    }
                    System.arraycopy(images[from + b], 0, pixels, b * size, size);
                }
                NDArray x = manager.create(pixels, new Shape(n, spec.input().channels(), spec.input().height(),
                        spec.input().width()));
                float[] flat = network.forward(new ParameterStore(manager, false), new NDList(x), false)
                        .singletonOrThrow().toFloatArray();
                for (int b = 0; b < n; b++) {
                    out[from + b] = Arrays.copyOfRange(flat, b * width, (b + 1) * width);
                }
            }
        }
        return out;
    }

    /** Share of {@code images} whose arg-max output equals the label (for classifiers). */
    public double accuracy(float[][] images, int[] labels) {
        Objects.requireNonNull(labels, "labels");
        if (labels.length != images.length) {
            throw new IllegalArgumentException(images.length + " images but " + labels.length + " labels");
        }
        float[][] logits = predict(images);
        long correct = 0;
        for (int i = 0; i < logits.length; i++) {
            if (argMax(logits[i]) == labels[i]) {
                correct++;
            }
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /** The trained parameters, one map per spec layer (see {@link NetworkWeights} for names and layouts). */
    public NetworkWeights weights() {
        checkOpen();
        List<Map<String, float[]>> layers = new ArrayList<>();
        for (Pair<String, Block> child : network.getChildren()) {
            Map<String, float[]> params = new LinkedHashMap<>();
            for (Pair<String, Parameter> p : child.getValue().getParameters()) {
                params.put(p.getValue().getName(), p.getValue().getArray().toFloatArray());
            }
            layers.add(params);
        }
        NetworkWeights weights = new NetworkWeights(layers);
        weights.checkFits(spec);
        return weights;
    }

    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this trained network is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
