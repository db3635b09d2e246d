package io.mll4j.expert;

import io.mll4j.exception.InferenceException;
import io.mll4j.label.ImageEmbeddingCache;
import io.mll4j.label.ImageRef;
import io.mll4j.label.LabelingInput;
import io.mll4j.model.ImageClassifier;
import io.mll4j.progress.Progress;
import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Labels one expert on the graph (paper A's "pre-test"): runs the classifier once per distinct node image and keeps
 * its softmax over the head. Resumable and incremental like the VLM labeler: outputs go to an
 * {@link ImageEmbeddingCache} keyed by image hash in fixed batches of the missing images, so a killed run resumes
 * with exactly the batches a clean run would compute and a new node costs only its new images.
 */
public final class ExpertLabeler {
    private final ImageClassifier model;
    private final LabelingInput input;
    private final Path cacheDir;
    private final int batchSize;
    private final Function<Path, BufferedImage> imageLoader;
    private final Progress progress;

    private ExpertLabeler(Builder b) {
        this.model = b.model;
        this.input = b.input;
        this.cacheDir = b.cacheDir;
        this.batchSize = b.batchSize;
        this.imageLoader = b.imageLoader;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes (or completes) the label.
     *
     * @throws InferenceException when the model returns a row that does not have one logit per head label
     */
    public ExpertLabel label() {
        ImageEmbeddingCache cache = new ImageEmbeddingCache(cacheDir);
        int k = model.labels().size();
        List<ImageRef> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImageRef image : input.images()) {
            if (!cache.contains(image.sha256()) && seen.add(image.sha256())) {
                missing.add(image);
            }
        }
        progress.start("label images", missing.size());
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<ImageRef> batch = missing.subList(from, Math.min(from + batchSize, missing.size()));
            List<BufferedImage> pixels = batch.stream().map(ref -> imageLoader.apply(ref.path())).toList();
            cache.put(batch.stream().map(ImageRef::sha256).toList(), softmax(model.logits(pixels), batch, k));
            progress.advance(batch.size());
        }
        progress.finish();
        float[][] outputs = new float[input.images().size()][];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = cache.get(input.images().get(i).sha256());
            if (outputs[i].length != k) {
                throw new InferenceException("cached outputs of " + input.images().get(i).path() + " have "
                        + outputs[i].length + " values but the head has " + k + " labels; delete " + cacheDir);
            }
        }
        return new ExpertLabel(outputs, input.nodeImages());
    }

    private static float[][] softmax(float[][] logits, List<ImageRef> batch, int k) {
        if (logits.length != batch.size()) {
            throw new InferenceException("classifier returned " + logits.length + " rows for " + batch.size()
                    + " images");
        }
        float[][] out = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            if (logits[i].length != k) {
                throw new InferenceException("classifier returned " + logits[i].length + " logits for "
                        + batch.get(i).path() + " but its head has " + k + " labels");
            }
            double[] row = new double[k];
            for (int l = 0; l < k; l++) {
                row[l] = logits[i][l];
            }
            double[] p = EntropyWeightedEnsemble.softmax(row);
            out[i] = new float[k];
            for (int l = 0; l < k; l++) {
                out[i][l] = (float) p[l];
            }
        }
        return out;
    }

    /** Builder: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private ImageClassifier model;
        private LabelingInput input;
        private Path cacheDir;
        private int batchSize = 32;
        private Function<Path, BufferedImage> imageLoader;
        private Progress progress = Progress.NONE;

        private Builder() {
        }

        public Builder setModel(ImageClassifier value) {
            this.model = value;
            return this;
        }

        /** The graph's images and node → image lists (node texts are not used for experts). */
        public Builder setInput(LabelingInput value) {
            this.input = value;
            return this;
        }

        /** Directory of this model's output cache (one per model file hash). */
        public Builder setCacheDir(Path value) {
            this.cacheDir = value;
            return this;
        }

        /** How an image path becomes pixels (decoding with clear errors). */
        public Builder setImageLoader(Function<Path, BufferedImage> value) {
            this.imageLoader = value;
            return this;
        }

        public Builder optBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, got " + value);
            }
            this.batchSize = value;
            return this;
        }

        public Builder optProgress(Progress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public ExpertLabeler build() {
            Objects.requireNonNull(model, "model is required (setModel)");
            Objects.requireNonNull(input, "input is required (setInput)");
            Objects.requireNonNull(cacheDir, "cacheDir is required (setCacheDir)");
            Objects.requireNonNull(imageLoader, "imageLoader is required (setImageLoader)");
            return new ExpertLabeler(this);
        }
    }
}
