package io.mll4j.select;

/**
 * The class→node weights Z keeping only non-zero entries, in column order: each class weighs its n matched nodes,
 * a few out of |V_sel| (5 of ~3,300 for a 1,000-class task).
 */
public final class SparseWeights {
    private final int[][] columns;
    private final double[][] weights;

    private SparseWeights(int[][] columns, double[][] weights) {
        this.columns = columns;
        this.weights = weights;
    }

    /** The non-zero entries of {@code z} ({@code [classes][selected nodes]}). */
    public static SparseWeights of(double[][] z) {
        int[][] columns = new int[z.length][];
        double[][] weights = new double[z.length][];
        for (int y = 0; y < z.length; y++) {
            int count = 0;
            for (double v : z[y]) {
                count += v != 0 ? 1 : 0;
            }
            columns[y] = new int[count];
            weights[y] = new double[count];
            int j = 0;
            for (int u = 0; u < z[y].length; u++) {
                if (z[y][u] != 0) {
                    columns[y][j] = u;
                    weights[y][j++] = z[y][u];
                }
            }
        }
        return new SparseWeights(columns, weights);
    }

    public int classes() {
        return columns.length;
    }

    int[] columns(int y) {
        return columns[y];
    }

    double[] weights(int y) {
        return weights[y];
    }
}
