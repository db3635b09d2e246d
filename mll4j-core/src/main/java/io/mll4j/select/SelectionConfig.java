package io.mll4j.select;

/**
 * Every switch of paper-B selection (method.md §4, §9). {@link #paper()} follows the paper's text;
 * {@link #officialCode()} follows what the official code means once its crashes are fixed.
 *
 * @param alpha         weight of a class's own score in the reuse score (0.7)
 * @param k             models kept per class
 * @param topNodes      graph nodes matched per class (n = 5)
 * @param scoreRule     precision (paper) or F1 variants (code)
 * @param globalMean    global term over all classes (paper) or the other classes (code)
 * @param pool          FP counted over images of V_sel (paper) or of all nodes (code)
 * @param normalizeZ    rescale each class's Z row to sum 1 (the paper is ambiguous; the code does not)
 */
public record SelectionConfig(double alpha, int k, int topNodes, ScoreRule scoreRule, GlobalMean globalMean,
                              FalsePositivePool pool, boolean normalizeZ) {

    public SelectionConfig {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (topNodes < 1) {
            throw new IllegalArgumentException("topNodes must be >= 1, got " + topNodes);
        }
    }

    /** The paper's text: Z-weighted per-node precision, mean over all classes, FP from V_sel, α=0.7, k=1, n=5. */
    public static SelectionConfig paper() {
        return new SelectionConfig(0.7, 1, 5, ScoreRule.PRECISION, GlobalMean.ALL_CLASSES,
                FalsePositivePool.SELECTED_NODES, false);
    }

    /** The official code's meaning: F1 as coded on Z-weighted counts, other-class mean, FP from all nodes. */
    public static SelectionConfig officialCode() {
        return new SelectionConfig(0.7, 1, 5, ScoreRule.F1_AS_CODED, GlobalMean.OTHER_CLASSES,
                FalsePositivePool.ALL_NODES, false);
    }

    public SelectionConfig withAlpha(double value) {
        return new SelectionConfig(value, k, topNodes, scoreRule, globalMean, pool, normalizeZ);
    }

    public SelectionConfig withK(int value) {
        return new SelectionConfig(alpha, value, topNodes, scoreRule, globalMean, pool, normalizeZ);
    }
}
