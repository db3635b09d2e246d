package io.mll4j.label;

import io.mll4j.progress.BatchedBuilder;
import io.mll4j.progress.Progress;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What every labeler shares: running a model once per distinct graph image, resumably and incrementally.
 * Per-image vectors (VLM embeddings, expert softmaxes) go to an {@link ImageEmbeddingCache} keyed by image hash, in
 * fixed batches of the missing images in input order, so a killed run resumes with exactly the batches a clean run
 * would compute and a new node costs only its new images.
 */
public abstract class LabelingJob {
    protected final LabelingInput input;
    protected final Path cacheDir;
    protected final int batchSize;
    protected final Progress progress;
    private final Function<Path, BufferedImage> imageLoader;

    protected LabelingJob(Builder<?> b) {
        this.input = b.input;
        this.cacheDir = b.cacheDir;
        this.batchSize = b.batchSize();
        this.imageLoader = b.imageLoader;
        this.progress = b.progress();
    }

    /**
     * One vector per input image (in {@code input.images()} order), computing only those not cached yet.
     *
     * @param model turns a batch of images into one vector each
     * @return the vectors
     */
    protected float[][] imageVectors(BatchModel model) {
        ImageEmbeddingCache cache = new ImageEmbeddingCache(cacheDir);
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
            cache.put(batch.stream().map(ImageRef::sha256).toList(), model.run(pixels, batch));
            progress.advance(batch.size());
        }
        progress.finish();
        return input.images().stream().map(ref -> cache.get(ref.sha256())).toArray(float[][]::new);
    }

    /** A model run on one batch; the references let errors name the images. */
    @FunctionalInterface
    protected interface BatchModel {
        float[][] run(List<BufferedImage> pixels, List<ImageRef> images);
    }

    /** Builder of the shared settings: {@code set*} required, {@code opt*} optional. */
    public abstract static class Builder<B extends Builder<B>> extends BatchedBuilder<B> {
        private LabelingInput input;
        private Path cacheDir;
        private Function<Path, BufferedImage> imageLoader;

        /** The graph's node texts, distinct images and node → image lists. */
        public B setInput(LabelingInput value) {
            this.input = value;
            return self();
        }

        /** Directory of this model's per-image cache (one per model file hash). */
        public B setCacheDir(Path value) {
            this.cacheDir = value;
            return self();
        }

        /** How an image path becomes pixels (decoding with clear errors). */
        public B setImageLoader(Function<Path, BufferedImage> value) {
            this.imageLoader = value;
            return self();
        }

        /** Checks the shared required settings. */
        protected void validate() {
            Objects.requireNonNull(input, "input is required (setInput)");
            Objects.requireNonNull(cacheDir, "cacheDir is required (setCacheDir)");
            Objects.requireNonNull(imageLoader, "imageLoader is required (setImageLoader)");
        }
    }
}
