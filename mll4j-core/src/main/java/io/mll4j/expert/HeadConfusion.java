package io.mll4j.expert;

/**
 * One head's confusion on a task, estimated on the task's node evidence: C[y][o] = (S[y][o] + λ) / (N[y] + λ·|O|),
 * where S[y][o] sums w·q[o] over the evidence of class y (q one-hot for hard fusion) and N[y] sums w. With pooling,
 * every class the head does not cover uses one row estimated on all those classes' evidence together, so the head
 * contributes the same likelihood to each of them: it says "not one of mine", never which uncovered class.
 * A row without evidence and without smoothing is uniform.
 */
public final class HeadConfusion {
    private final HeadCoverage coverage;
    private final FusionRule rule;
    private final double laplace;
    private final double[][] sums;
    private final double[] totals;
    /** Per class, the statistics row it uses: its own class, or {@code classCount} for the pooled row. */
    private final int[] source;
    private final double[][] rows;

    HeadConfusion(HeadCoverage coverage, TaskEvidence evidence, double[][] outcomes, CombinationConfig config) {
        this.coverage = coverage;
        this.rule = config.rule();
        this.laplace = config.laplace();
        int classes = coverage.classCount();
        int width = coverage.outcomeCount();
        this.sums = new double[classes + 1][width];
        this.totals = new double[classes + 1];
        this.source = new int[classes];
        for (int y = 0; y < classes; y++) {
            source[y] = config.poolUncovered() && !coverage.covers(y) ? classes : y;
        }
        for (int e = 0; e < evidence.size(); e++) {
            int s = source[evidence.classes()[e]];
            double w = evidence.weights()[e];
            totals[s] += w;
            for (int o = 0; o < width; o++) {
                sums[s][o] += w * outcomes[e][o];
            }
        }
        this.rows = new double[classes][];
        for (int y = 0; y < classes; y++) {
            rows[y] = smooth(sums[source[y]], totals[source[y]]);
        }
    }

    /**
     * A confusion from its rows alone (a stored combination): it predicts as the estimated one did, but cannot
     * leave images out (it has no evidence statistics).
     *
     * @param coverage the head's coverage of the task
     * @param rule     the fusion rule the rows were estimated for
     * @param rows     C[y][o] per task class, each a distribution over the head's outcomes
     * @return the confusion
     */
    public static HeadConfusion ofRows(HeadCoverage coverage, FusionRule rule, double[][] rows) {
        if (rows.length != coverage.classCount()) {
            throw new IllegalArgumentException(rows.length + " confusion rows for a task of " + coverage.classCount()
                    + " classes");
        }
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length != coverage.outcomeCount()) {
                throw new IllegalArgumentException("confusion row " + y + " has " + rows[y].length
                        + " values, the head " + coverage.outcomeCount() + " outcomes");
            }
        }
        return new HeadConfusion(coverage, rule, rows);
    }

    private HeadConfusion(HeadCoverage coverage, FusionRule rule, double[][] rows) {
        this.coverage = coverage;
        this.rule = rule;
        this.laplace = 0;
        this.sums = new double[0][];
        this.totals = new double[0];
        this.source = new int[0];
        this.rows = java.util.Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }

    /** The fusion rule these rows are used with. */
    public FusionRule rule() {
        return rule;
    }

    /** Number of task classes (rows). */
    public int classCount() {
        return rows.length;
    }

    public HeadCoverage coverage() {
        return coverage;
    }

    /** C[y][·], a copy. */
    public double[] row(int y) {
        return rows[y].clone();
    }

    /** log L(y) for every class, for an image on which the head's outcome distribution is {@code q}. */
    public double[] logLikelihoods(double[] q) {
        double[] ll = new double[rows.length];
        for (int y = 0; y < rows.length; y++) {
            ll[y] = rule.logLikelihood(q, rows[y]);
        }
        return ll;
    }

    /**
     * log L(y) for an evidence image of class {@code trueClass} with weight {@code w}, as if that image had not been
     * used to estimate the confusion (it only changes the rows estimated from its own class or pool).
     */
    double[] leaveOneOutLogLikelihoods(double[] q, int trueClass, double w) {
        double[] ll = logLikelihoods(q);
        int s = source[trueClass];
        double remaining = totals[s] - w;
        // The image was its row's only evidence: what is left is rounding noise, not data.
        boolean empty = remaining <= 1e-9 * Math.max(1, totals[s]);
        double[] reduced = new double[q.length];
        for (int o = 0; o < q.length && !empty; o++) {
            reduced[o] = Math.max(0, sums[s][o] - w * q[o]);
        }
        double[] row = smooth(reduced, empty ? 0 : remaining);
        for (int y = 0; y < rows.length; y++) {
            if (source[y] == s) {
                ll[y] = rule.logLikelihood(q, row);
            }
        }
        return ll;
    }

    private double[] smooth(double[] sum, double total) {
        int width = sum.length;
        double[] row = new double[width];
        double denominator = total + laplace * width;
        for (int o = 0; o < width; o++) {
            row[o] = denominator <= 0 ? 1.0 / width : (sum[o] + laplace) / denominator;
        }
        return row;
    }
}
