package io.mll4j.select;

/**
 * How a model's per-node counts become a per-class score s[m,y] through the class→node weights Z
 * (method.md §4.3 and §9.1–9.2). Each rule maps a {@link NodeConfusion} and Z ({@code [classes][selected nodes]})
 * to one score per class. Only the non-zero weights of a class are visited (a class weighs its n matched nodes,
 * not all of V_sel), which gives the same sums: the counts are finite, so a zero weight adds exactly 0.
 */
public enum ScoreRule {
    /** Paper: per-node precision TP/(TP+FP) (0 when a node is never predicted), then Σ_u p[u]·Z[y,u]. */
    PRECISION {
        @Override
        double score(NodeConfusion c, int[] columns, double[] weights) {
            double s = 0;
            for (int j = 0; j < columns.length; j++) {
                int u = columns[j];
                double predicted = c.tp()[u] + c.fp()[u];
                s += predicted == 0 ? 0 : weights[j] * c.tp()[u] / predicted;
            }
            return s;
        }
    },
    /** Z-weighted counts first, then the standard F1 = 2TP/(TP+FP+P). */
    F1 {
        @Override
        double score(NodeConfusion c, int[] columns, double[] weights) {
            double[] w = weighted(c, columns, weights);
            double denominator = w[0] + w[1] + w[2];
            return denominator == 0 ? 0 : 2 * w[0] / denominator;
        }
    },
    /** The official code's formula, kept for reproduction: 2TP/(2TP+FP+P+1e-7) on Z-weighted counts. */
    F1_AS_CODED {
        @Override
        double score(NodeConfusion c, int[] columns, double[] weights) {
            double[] w = weighted(c, columns, weights);
            return 2 * w[0] / (2 * w[0] + w[1] + w[2] + 1e-7);
        }
    };

    /** Score of one class from its non-zero weights: {@code weights[j]} is the weight of V_sel column {@code columns[j]}. */
    abstract double score(NodeConfusion c, int[] columns, double[] weights);

    /** Scores of every class: {@code z[y]} is class y's weight over the selected nodes. */
    public double[] classScores(NodeConfusion c, double[][] z) {
        return classScores(c, SparseWeights.of(z));
    }

    /** Scores of every class from Z in sparse form (build it once per task with {@link SparseWeights#of}). */
    public double[] classScores(NodeConfusion c, SparseWeights z) {
        double[] s = new double[z.classes()];
        for (int y = 0; y < s.length; y++) {
            s[y] = score(c, z.columns(y), z.weights(y));
        }
        return s;
    }

    /** Z-weighted TP, FP and P of one class. */
    private static double[] weighted(NodeConfusion c, int[] columns, double[] weights) {
        double tp = 0;
        double fp = 0;
        double p = 0;
        for (int j = 0; j < columns.length; j++) {
            int u = columns[j];
            tp += weights[j] * c.tp()[u];
            fp += weights[j] * c.fp()[u];
            p += weights[j] * c.p()[u];
        }
        return new double[]{tp, fp, p};
    }
}
