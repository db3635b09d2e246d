package io.mll4j.expert;

import io.mll4j.exception.InferenceException;
import io.mll4j.label.ImageEmbeddingCache;
import io.mll4j.label.LabelingJob;
import io.mll4j.label.ImageRef;
import io.mll4j.model.ImageClassifier;
import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.util.List;
import java.util.Objects;

/**
 * Labels one expert on the graph (paper A's "pre-test"): runs the classifier once per distinct node image and keeps
 * its softmax over the head. Resumable and incremental like the VLM labeler: outputs go to an
 * {@link ImageEmbeddingCache} keyed by image hash in fixed batches of the missing images, so a killed run resumes
 * with exactly the batches a clean run would compute and a new node costs only its new images.
 */
public final class ExpertLabeler extends LabelingJob {
    private final ImageClassifier model;

    private ExpertLabeler(Builder b) {
        super(b);
        this.model = b.model;
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
        int k = model.labels().size();
        float[][] cached = imageVectors((pixels, refs) -> softmax(model.logits(pixels), refs, k));
        float[][] outputs = cached;
        for (int i = 0; i < outputs.length; i++) {
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
    public static final class Builder extends LabelingJob.Builder<Builder> {
        private ImageClassifier model;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder setModel(ImageClassifier value) {
            this.model = value;
            return this;
        }

        public ExpertLabeler build() {
            Objects.requireNonNull(model, "model is required (setModel)");
            validate();
            return new ExpertLabeler(this);
        }
    }
}
