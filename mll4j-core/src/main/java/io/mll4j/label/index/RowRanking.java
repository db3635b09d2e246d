package io.mll4j.label.index;

/** Picks the top entries of a score row, with the ties an exact argmax needs to know about. */
public final class RowRanking {
    private RowRanking() {
    }

    /**
     * Ranks {@code scores}: fills {@code nodes} with the best nodes, highest first (equal scores: lower node first),
     * and {@code tiedWithNext[k]} with whether rank k scores the same as rank k+1, rank {@code nodes.length} being
     * the best node left out.
     *
     * @throws IllegalArgumentException if a score is NaN (no order to index) or {@code nodes} is longer than the row
     */
    public static void rank(double[] scores, int[] nodes, boolean[] tiedWithNext) {
        int n = nodes.length;
        if (n > scores.length || tiedWithNext.length != n) {
            throw new IllegalArgumentException("cannot rank " + n + " of " + scores.length + " nodes with "
                    + tiedWithNext.length + " tie flags");
        }
        int m = Math.min(n + 1, scores.length);
        int[] top = new int[m];
        int size = 0;
        for (int v = 0; v < scores.length; v++) {
            double x = scores[v];
            if (Double.isNaN(x)) {
                throw new IllegalArgumentException("score of node " + v + " is NaN");
            }
            if (size == m && !(x > scores[top[m - 1]])) {
                continue;
            }
            int pos = size < m ? size : m - 1;
            while (pos > 0 && x > scores[top[pos - 1]]) {
                top[pos] = top[pos - 1];
                pos--;
            }
            top[pos] = v;
            if (size < m) {
                size++;
            }
        }
        for (int k = 0; k < n; k++) {
            nodes[k] = top[k];
            tiedWithNext[k] = k + 1 < size && scores[top[k]] == scores[top[k + 1]];
        }
    }
}
