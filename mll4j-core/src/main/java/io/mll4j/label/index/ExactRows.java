package io.mll4j.label.index;

/**
 * A label's exact score rows, computed on demand: one row per labeled image, one score per graph node. This is what
 * a {@link TopNIndex} is built from and what it falls back to. Rows are numbered 0..rowCount-1; an image pooled into
 * several nodes may be one row listed by all of them.
 */
public interface ExactRows {
    /** Number of graph nodes (the width of every row). */
    int nodeCount();

    /** Number of rows. */
    int rowCount();

    /** The rows of {@code node}'s images, in the order {@link io.mll4j.label.NodeScores} reports them. */
    int[] rowsOf(int node);

    /**
     * Writes every node's score in {@code row} to {@code out} (length {@link #nodeCount()}); the values order the
     * nodes exactly as {@link #argmaxAmong} compares them.
     */
    void scores(int row, double[] out);

    /**
     * The position in {@code candidates} of the candidate with the highest score in {@code row} (ties: the earlier
     * candidate). The default reads the whole row; sources that can score single nodes override it.
     */
    default int argmaxAmong(int row, int[] candidates) {
        double[] s = new double[nodeCount()];
        scores(row, s);
        int best = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (s[candidates[c]] > s[candidates[best]]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The top {@code nodes.length} nodes of {@code row}, best first, and for each whether it ties with the next one
     * (the last one compares with the first node left out). The default ranks the whole row.
     */
    default void rank(int row, int[] nodes, boolean[] tiedWithNext) {
        double[] s = new double[nodeCount()];
        scores(row, s);
        RowRanking.rank(s, nodes, tiedWithNext);
    }
}
