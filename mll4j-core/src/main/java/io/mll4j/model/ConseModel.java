package io.mll4j.model;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A classifier turned into a {@link VisionLanguageModel} by convex combination of semantic embeddings (ConSE,
 * Norouzi et al., ICLR 2014): the image embedding is the L2-normalised sum, over the {@code topK} most probable
 * labels, of {@code p(label | image) · T(text(label))}, where {@code p} is the softmax of the classifier's logits
 * and {@code T} a frozen text embedder. Texts go through the same embedder, so any class name can be scored
 * zero-shot. Owns (and closes) the classifier and the embedder.
 */
public final class ConseModel implements VisionLanguageModel {
    private final ImageClassifier classifier;
    private final TextEmbedder embedder;
    private final float[][] labelEmbeddings;
    private final int topK;

    /**
     * @param classifier the expert whose head is reused
     * @param embedder   the frozen text embedder of both sides
     * @param labelTexts one text per classifier label, in output order (e.g. "a photo of a cat.")
     * @param topK       labels kept per image ({@code >= 1}; more than the head keeps all)
     * @throws IllegalArgumentException when the texts do not match the labels or {@code topK < 1}
     */
    public ConseModel(ImageClassifier classifier, TextEmbedder embedder, List<String> labelTexts, int topK) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (labelTexts.size() != classifier.labels().size()) {
            throw new IllegalArgumentException(labelTexts.size() + " label texts for a classifier of "
                    + classifier.labels().size() + " labels");
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, got " + topK);
        }
        this.topK = Math.min(topK, labelTexts.size());
        this.labelEmbeddings = embedder.embed(labelTexts);
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }

    @Override
    public float[][] encodeImages(List<BufferedImage> images) {
        float[][] logits = classifier.logits(images);
        float[][] out = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = embed(softmax(logits[i]));
        }
        return out;
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        return embedder.embed(texts);
    }

    /** The normalised, probability-weighted sum of the top-k label embeddings. */
    float[] embed(double[] p) {
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        // ties keep output order, so the choice of labels is deterministic
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double[] sum = new double[dimension()];
        for (int k = 0; k < topK; k++) {
            float[] t = labelEmbeddings[order[k]];
            for (int d = 0; d < sum.length; d++) {
                sum[d] += p[order[k]] * t[d];
            }
        }
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        float[] out = new float[sum.length];
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int d = 0; d < out.length; d++) {
            out[d] = (float) (sum[d] * scale);
        }
        return out;
    }

    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }

    @Override
    public void close() {
        try {
            classifier.close();
        } finally {
            embedder.close();
        }
    }

    @Override
    public String toString() {
        return "ConseModel[" + classifier + ", " + embedder.id() + ", top " + topK + "]";
    }
}
