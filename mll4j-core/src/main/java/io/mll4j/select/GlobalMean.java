package io.mll4j.select;

/** Which classes the global term of the reuse score averages over (method.md §4.4, §9.3). */
public enum GlobalMean {
    /** Mean over all task classes (paper). */
    ALL_CLASSES,
    /** Mean over the other classes (official code); with one class the term is that class's own score. */
    OTHER_CLASSES;

    /**
     * Reuse scores r[y] = α·s[y] + (1−α)·mean, per class.
     *
     * @param s     per-class scores of one model
     * @param alpha weight of the class's own score
     * @return r, one entry per class
     */
    public double[] reuseScores(double[] s, double alpha) {
        double total = 0;
        for (double v : s) {
            total += v;
        }
        double[] r = new double[s.length];
        for (int y = 0; y < s.length; y++) {
            double mean = this == ALL_CLASSES || s.length == 1 ? total / s.length : (total - s[y]) / (s.length - 1);
            r[y] = alpha * s[y] + (1 - alpha) * mean;
        }
        return r;
    }
}
