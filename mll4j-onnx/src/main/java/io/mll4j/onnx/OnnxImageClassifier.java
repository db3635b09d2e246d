package io.mll4j.onnx;

import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.Preprocessing;
import io.mll4j.model.ImageClassifier;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * An {@link ImageClassifier} over an ONNX model whose output is {@code [N, labels]} logits.
 * <pre>{@code
 * try (ImageClassifier mnist = OnnxImageClassifier.builder()
 *         .setModelPath(Path.of("mnist.onnx"))
 *         .setLabels(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
 *         .setPreprocessing(grey28Raw)
 *         .build()) {
 *     float[][] logits = mnist.logits(images);
 * }
 * }</pre>
 */
public final class OnnxImageClassifier implements ImageClassifier {
    private final OnnxImageRunner runner;
    private final List<String> labels;

    private OnnxImageClassifier(OnnxImageRunner runner, List<String> labels) {
        this.runner = runner;
        this.labels = labels;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public float[][] logits(List<BufferedImage> images) {
        float[][] logits = runner.run(images);
        for (float[] row : logits) {
            if (row.length != labels.size()) {
                throw new InferenceException("ONNX model " + runner.model().path() + " gave " + row.length
                        + " logits per image, expected " + labels.size() + " (one per label)");
            }
        }
        return logits;
    }

    /** Input and output the classifier reads, as the model declares them. */
    public TensorSpec input() {
        return runner.input();
    }

    public TensorSpec output() {
        return runner.output();
    }

    @Override
    public void close() {
        runner.close();
    }

    @Override
    public String toString() {
        return "OnnxImageClassifier[" + runner.model().path() + ", " + labels.size() + " labels]";
    }

    /** {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private Path modelPath;
        private List<String> labels;
        private Preprocessing preprocessing;
        private int batchSize = 32;
        private int threads;
        private String inputName;
        private String outputName;

        private Builder() {
        }

        public Builder setModelPath(Path modelPath) {
            this.modelPath = modelPath;
            return this;
        }

        /** The head's labels in output order. */
        public Builder setLabels(List<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder setPreprocessing(Preprocessing preprocessing) {
            this.preprocessing = preprocessing;
            return this;
        }

        /** Images per run when the model's batch axis is symbolic (default 32). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** ONNX Runtime intra-op threads ({@code 0}, the default: one per core). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Input to feed when the model has several. */
        public Builder optInputName(String inputName) {
            this.inputName = inputName;
            return this;
        }

        /** Output to read (default: the first). */
        public Builder optOutputName(String outputName) {
            this.outputName = outputName;
            return this;
        }

        /**
         * @throws IllegalArgumentException if a required field is missing or a value is out of range
         * @throws ModelLoadException       if the model cannot be loaded or its input/output do not fit
         */
        public OnnxImageClassifier build() {
            if (modelPath == null) {
                throw new IllegalArgumentException("modelPath is required");
            }
            if (labels == null || labels.isEmpty()) {
                throw new IllegalArgumentException("labels are required (one per output logit)");
            }
            if (preprocessing == null) {
                throw new IllegalArgumentException("preprocessing is required");
            }
            if (batchSize < 1 || threads < 0) {
                throw new IllegalArgumentException("batchSize must be >= 1 and threads >= 0, got "
                        + batchSize + ", " + threads);
            }
            List<String> copy = List.copyOf(labels);
            OnnxModelRunner model = OnnxModelRunner.open(modelPath, threads);
            try {
                OnnxImageRunner runner = new OnnxImageRunner(model, preprocessing, inputName, outputName, batchSize);
                long width = runner.outputWidth();
                if (width > 0 && width != copy.size()) {
                    throw new ModelLoadException("ONNX model " + modelPath + ": output " + runner.output()
                            + " does not fit, expected [N, " + copy.size() + "] (one logit per label)");
                }
                return new OnnxImageClassifier(runner, copy);
            } catch (RuntimeException e) {
                model.close();
                throw e;
            }
        }
    }
}
