package io.mll4j.expert;

import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.util.function.IntFunction;

/**
 * A VLM's zero-shot probabilities over the task classes (paper B §5): p(y|x) = softmax_y(scale · cos(I(x), T(y))).
 * On graph images the image embeddings come from the VLM's stored label, so estimating the patch's confusion runs
 * no model; at prediction time they come from the image tower.
 *
 * @param classTexts L2-normalised text embeddings of the task classes ({@code [classes][d]})
 * @param scale      logit scale (100 as in paper B)
 */
public record VlmZeroShot(float[][] classTexts, double scale) {

    public VlmZeroShot {
        if (classTexts.length == 0) {
            throw new IllegalArgumentException("a zero-shot head needs at least one class text");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a finite value > 0, got " + scale);
        }
    }

    /** Probabilities over the classes for one L2-normalised image embedding. */
    public double[] probabilities(float[] image) {
        double[] logits = new double[classTexts.length];
        for (int y = 0; y < logits.length; y++) {
            if (classTexts[y].length != image.length) {
                throw new IllegalArgumentException("image embedding has " + image.length + " dimensions, class text "
                        + y + " has " + classTexts[y].length);
            }
            double dot = 0;
            for (int i = 0; i < image.length; i++) {
                dot += (double) image[i] * classTexts[y][i];
            }
            logits[y] = scale * dot;
        }
        return EntropyWeightedEnsemble.softmax(logits);
    }

    /** The probabilities on stored image embeddings, by image index (for {@link TaskHead#vlm}). */
    public IntFunction<double[]> onImages(float[][] imageEmbeddings) {
        return image -> probabilities(imageEmbeddings[image]);
    }
}
