package io.mll4j.label.index;

import io.mll4j.label.DenseNodeScores;

/**
 * Full score rows held in memory ({@code rows[node][image][node']}, the official label layout) as exact rows,
 * numbered node by node. Compares float scores exactly as {@link DenseNodeScores} does.
 */
public final class DenseRows implements ExactRows {
    private final float[][] flat;
    private final int[][] nodeRows;
    private final int nodeCount;

    /**
     * @throws IllegalArgumentException if a row does not have one score per node or holds NaN
     */
    public DenseRows(float[][][] rows) {
        this.nodeCount = rows.length;
        this.nodeRows = new int[nodeCount][];
        int total = 0;
        for (float[][] images : rows) {
            total += images.length;
        }
        this.flat = new float[total][];
        int r = 0;
        for (int u = 0; u < nodeCount; u++) {
            nodeRows[u] = new int[rows[u].length];
            for (int i = 0; i < rows[u].length; i++) {
                float[] row = rows[u][i];
                if (row.length != nodeCount) {
                    throw new IllegalArgumentException("node " + u + " image " + i + " has " + row.length
                            + " scores, expected one per node (" + nodeCount + ")");
                }
                for (int v = 0; v < row.length; v++) {
                    if (Float.isNaN(row[v])) {
                        throw new IllegalArgumentException("node " + u + " image " + i + ": score of node " + v
                                + " is NaN");
                    }
                }
                nodeRows[u][i] = r;
                flat[r++] = row;
            }
        }
    }

    @Override
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public int rowCount() {
        return flat.length;
    }

    @Override
    public int[] rowsOf(int node) {
        return nodeRows[node].clone();
    }

    @Override
    public void scores(int row, double[] out) {
        float[] values = flat[row];
        for (int u = 0; u < out.length; u++) {
            out[u] = values[u];
        }
    }

    @Override
    public int argmaxAmong(int row, int[] candidates) {
        float[] values = flat[row];
        int best = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (values[candidates[c]] > values[candidates[best]]) {
                best = c;
            }
        }
        return best;
    }
}
