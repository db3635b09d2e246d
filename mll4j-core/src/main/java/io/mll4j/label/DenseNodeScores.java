package io.mll4j.label;

/**
 * A label kept as full score rows, as the official code stores it: {@code rows[node][image][node']}.
 * Exact and simple; fine for small graphs and as the reference the compact index is tested against.
 */
public final class DenseNodeScores implements NodeScores {
    private final float[][][] rows;

    /** @param rows per node, per image, the model's score for every node */
    public DenseNodeScores(float[][][] rows) {
        for (int u = 0; u < rows.length; u++) {
            for (float[] row : rows[u]) {
                if (row.length != rows.length) {
                    throw new IllegalArgumentException("node " + u + " has a score row of length " + row.length
                            + ", expected one score per node (" + rows.length + ")");
                }
            }
        }
        this.rows = rows;
    }

    @Override
    public int nodeCount() {
        return rows.length;
    }

    @Override
    public int imageCount(int node) {
        return rows[node].length;
    }

    @Override
    public int[] argmaxAmong(int node, int[] candidates) {
        float[][] images = rows[node];
        int[] best = new int[images.length];
        for (int i = 0; i < images.length; i++) {
            int arg = 0;
            for (int c = 1; c < candidates.length; c++) {
                if (images[i][candidates[c]] > images[i][candidates[arg]]) {
                    arg = c;
                }
            }
            best[i] = arg;
        }
        return best;
    }
}
