package io.mll4j.label;

import io.mll4j.model.VisionLanguageModel;
import io.mll4j.progress.Progress;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Labels one VLM on the graph (paper B §3): embeds every distinct node image and every node text once.
 * Resumable and incremental through an {@link ImageEmbeddingCache} in the work directory; batches are fixed slices
 * of the missing images in input order, so a resumed run computes exactly the batches a clean run would have.
 */
public final class Labeler {
    private final VisionLanguageModel model;
    private final LabelingInput input;
    private final Path cacheDir;
    private final int batchSize;
    private final Function<Path, BufferedImage> imageLoader;
    private final Progress progress;

    private Labeler(Builder b) {
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

    /** Computes (or completes) the label. */
    public EmbeddingLabel label() {
        ImageEmbeddingCache cache = new ImageEmbeddingCache(cacheDir);
        List<ImageRef> missing = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ImageRef image : input.images()) {
            if (!cache.contains(image.sha256()) && seen.add(image.sha256())) {
                missing.add(image);
            }
        }
        progress.start("label images", missing.size());
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<ImageRef> batch = missing.subList(from, Math.min(from + batchSize, missing.size()));
            List<BufferedImage> pixels = batch.stream().map(ref -> imageLoader.apply(ref.path())).toList();
            cache.put(batch.stream().map(ImageRef::sha256).toList(), model.encodeImages(pixels));
            progress.advance(batch.size());
        }
        progress.finish();
        float[][] images = input.images().stream().map(ref -> cache.get(ref.sha256())).toArray(float[][]::new);
        return new EmbeddingLabel(images, encodeTexts(), input.nodeImages());
    }

    private float[][] encodeTexts() {
        List<String> texts = input.nodeTexts();
        float[][] out = new float[texts.size()][];
        progress.start("label node texts", texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            int to = Math.min(from + batchSize, texts.size());
            float[][] batch = model.encodeTexts(texts.subList(from, to));
            System.arraycopy(batch, 0, out, from, batch.length);
            progress.advance(batch.length);
        }
        progress.finish();
        return out;
    }

    /** Builder: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private VisionLanguageModel model;
        private LabelingInput input;
        private Path cacheDir;
        private int batchSize = 32;
        private Function<Path, BufferedImage> imageLoader;
        private Progress progress = Progress.NONE;

        public Builder setModel(VisionLanguageModel value) {
            this.model = value;
            return this;
        }

        public Builder setInput(LabelingInput value) {
            this.input = value;
            return this;
        }

        /** Directory of this model's image-embedding cache (one per model file hash). */
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

        public Labeler build() {
            Objects.requireNonNull(model, "model is required (setModel)");
            Objects.requireNonNull(input, "input is required (setInput)");
            Objects.requireNonNull(cacheDir, "cacheDir is required (setCacheDir)");
            Objects.requireNonNull(imageLoader, "imageLoader is required (setImageLoader)");
            return new Labeler(this);
        }
    }
}
