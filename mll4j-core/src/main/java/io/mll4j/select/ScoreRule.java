package io.mll4j.select;

/**
 * How a model's per-node counts become a per-class score s[m,y] through the class→node weights Z
 * (method.md §4.3 and §9.1–9.2). Each rule maps a {@link NodeConfusion} and Z ({@code [classes][selected nodes]})
 * to one score per class.
 */
public enum ScoreRule {
    /** Paper: per-node precision TP/(TP+FP) (0 when a node is never predicted), then Σ_u p[u]·Z[y,u]. */
    PRECISION {
        @Override
        double score(NodeConfusion c, double[] zRow) {
            double s = 0;
            for (int u = 0; u < zRow.length; u++) {
                double predicted = c.tp()[u] + c.fp()[u];
                s += zRow[u] == 0 || predicted == 0 ? 0 : zRow[u] * c.tp()[u] / predicted;
            }
            return s;
        }
    },
    /** Z-weighted counts first, then the standard F1 = 2TP/(TP+FP+P). */
    F1 {
        @Override
        double score(NodeConfusion c, double[] zRow) {
            double[] w = weighted(c, zRow);
            double denominator = w[0] + w[1] + w[2];
            return denominator == 0 ? 0 : 2 * w[0] / denominator;
        }
    },
    /** The official code's formula, kept for reproduction: 2TP/(2TP+FP+P+1e-7) on Z-weighted counts. */
    F1_AS_CODED {
        @Override
        double score(NodeConfusion c, double[] zRow) {
            double[] w = weighted(c, zRow);
            return 2 * w[0] / (2 * w[0] + w[1] + w[2] + 1e-7);
        }
    };

    abstract double score(NodeConfusion c, double[] zRow);

    /** Scores of every class: {@code z[y]} is class y's weight over the selected nodes. */
    public double[] classScores(NodeConfusion c, double[][] z) {
        double[] s = new double[z.length];
        for (int y = 0; y < z.length; y++) {
            s[y] = score(c, z[y]);
        }
        return s;
    }

    /** Z-weighted TP, FP and P of one class. */
    private static double[] weighted(NodeConfusion c, double[] zRow) {
        double tp = 0;
        double fp = 0;
        double p = 0;
        for (int u = 0; u < zRow.length; u++) {
            tp += zRow[u] * c.tp()[u];
            fp += zRow[u] * c.fp()[u];
            p += zRow[u] * c.p()[u];
        }
        return new double[]{tp, fp, p};
    }
}
