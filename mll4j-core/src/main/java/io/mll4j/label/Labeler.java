package io.mll4j.label;

import io.mll4j.model.VisionLanguageModel;

import java.util.List;
import java.util.Objects;

/**
 * Labels one VLM on the graph (paper B §3): embeds every distinct node image and every node text once.
 * Resumable and incremental (see {@link LabelingJob}).
 */
public final class Labeler extends LabelingJob {
    private final VisionLanguageModel model;

    private Labeler(Builder b) {
        super(b);
        this.model = b.model;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Computes (or completes) the label. */
    public EmbeddingLabel label() {
        float[][] images = imageVectors((pixels, refs) -> model.encodeImages(pixels));
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
    public static final class Builder extends LabelingJob.Builder<Builder> {
        private VisionLanguageModel model;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder setModel(VisionLanguageModel value) {
            this.model = value;
            return this;
        }

        public Labeler build() {
            Objects.requireNonNull(model, "model is required (setModel)");
            validate();
            return new Labeler(this);
        }
    }
}
