package io.mll4j.expert;

/**
 * How a head's output on an image becomes its likelihood of each task class, given the head's confusion rows
 * C[y][o] = P(outcome o | true class y). The same choice decides how the confusion is estimated: from top labels
 * (hard) or from mean probabilities (soft).
 */
public enum FusionRule {
    /** Classic confusion-matrix (naive-Bayes) combination: L(y) = C[y][o*], o* = outcome of the head's top label. */
    HARD,
    /** Soft: L(y) = Σ_o q[o]·C[y][o], q = the head's outcome distribution; equals HARD for a one-hot q. */
    SOFT,
    /** Log-linear: log L(y) = Σ_o q[o]·log C[y][o] (a geometric mixture; sharper than SOFT). */
    LOG_LINEAR;

    /** Floor for probabilities inside logarithms (as in the entropy-weighted reuser). */
    static final double MIN_PROBABILITY = 1e-12;

    /** Whether outputs are reduced to their top label before estimating and fusing. */
    public boolean isHard() {
        return this == HARD;
    }

    /**
     * log L(y) of one head for one class.
     *
     * @param q   the head's outcome distribution on the image (one-hot for {@link #HARD})
     * @param row the confusion row C[y][·]
     */
    public double logLikelihood(double[] q, double[] row) {
        if (this == LOG_LINEAR) {
            double s = 0;
            for (int o = 0; o < q.length; o++) {
                if (q[o] != 0) {
                    s += q[o] * Math.log(Math.max(row[o], MIN_PROBABILITY));
                }
            }
            return s;
        }
        double l = 0;
        for (int o = 0; o < q.length; o++) {
            l += q[o] * row[o];
        }
        return Math.log(Math.max(l, MIN_PROBABILITY));
    }
}
