package io.mll4j.reuse;

import java.util.List;

/**
 * Paper-B reuse (method.md §5): per image, each selected model m gives p_m(y|x) over the task classes and a weight
 * w_m(x) = 1 / H₂(p_m(·|x)); the score of class y sums w·p over the models selected for y only.
 */
public final class EntropyWeightedEnsemble {
    /** Probabilities are clamped here before the logarithm, as in the official code. */
    static final double MIN_PROBABILITY = 1e-12;

    private EntropyWeightedEnsemble() {
    }

    /** Base-2 entropy of a distribution, with p clamped to {@value #MIN_PROBABILITY}. */
    public static double entropyBits(double[] p) {
        double h = 0;
        for (double v : p) {
            double q = Math.max(v, MIN_PROBABILITY);
            h -= q * Math.log(q) / Math.log(2);
        }
        return h;
    }

    /** A model's weight on one image, 1 / H₂(p); a one-hot output has zero entropy, the clamp keeps it finite. */
    public static double weight(double[] p) {
        return 1.0 / Math.max(entropyBits(p), MIN_PROBABILITY);
    }

    /** Softmax of {@code logits}, numerically stable. */
    public static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Class scores of one image.
     *
     * @param probabilities per model used, p_m(·|x) over the task classes (index = position in the list)
     * @param votersOfClass per class y, the positions of the models selected for y
     * @return score_y(x) per class
     */
    public static double[] scores(List<double[]> probabilities, int[][] votersOfClass) {
        double[] weight = new double[probabilities.size()];
        for (int m = 0; m < weight.length; m++) {
            weight[m] = weight(probabilities.get(m));
        }
        double[] score = new double[votersOfClass.length];
        for (int y = 0; y < score.length; y++) {
            for (int m : votersOfClass[y]) {
                score[y] += weight[m] * probabilities.get(m)[y];
            }
        }
        return score;
    }

    /** Index of the largest score (ties: the earlier class). */
    public static int argmax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
