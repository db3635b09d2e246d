package io.mll4j.interop;

import io.mll4j.label.index.ExactRows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact rows in another node order: the official labels follow sorted folder names (e.g. {@code dog.n.01}), an
 * mll4j graph sorts synset ids ({@code n02084071}). Rows keep their numbers; node columns and node → row lists are
 * permuted.
 */
public final class ReorderedRows implements ExactRows {
    private final ExactRows source;
    private final int[] graphToSource;

    /**
     * @param source        rows in the source's node order
     * @param graphToSource for each graph node, its position in the source order (a permutation)
     */
    public ReorderedRows(ExactRows source, int[] graphToSource) {
        if (graphToSource.length != source.nodeCount()) {
            throw new IllegalArgumentException(graphToSource.length + " graph nodes but the source has "
                    + source.nodeCount());
        }
        boolean[] seen = new boolean[graphToSource.length];
        for (int g = 0; g < graphToSource.length; g++) {
            int s = graphToSource[g];
            if (s < 0 || s >= seen.length || seen[s]) {
                throw new IllegalArgumentException("graph node " + g + " maps to source node " + s
                        + ", which is out of range or taken");
            }
            seen[s] = true;
        }
        this.source = source;
        this.graphToSource = graphToSource.clone();
    }

    /**
     * The permutation between two orders of the same node ids.
     *
     * @param sourceIds node ids in the source order (already translated to the graph's ids)
     * @param graphIds  node ids in graph order
     * @throws IllegalArgumentException naming an id that is in one list only
     */
    public static int[] graphToSource(List<String> sourceIds, List<String> graphIds) {
        Map<String, Integer> position = new HashMap<>();
        for (int s = 0; s < sourceIds.size(); s++) {
            if (position.put(sourceIds.get(s), s) != null) {
                throw new IllegalArgumentException("source node '" + sourceIds.get(s) + "' is listed twice");
            }
        }
        if (sourceIds.size() != graphIds.size()) {
            throw new IllegalArgumentException(sourceIds.size() + " source nodes but " + graphIds.size()
                    + " graph nodes");
        }
        int[] out = new int[graphIds.size()];
        for (int g = 0; g < out.length; g++) {
            Integer s = position.get(graphIds.get(g));
            if (s == null) {
                throw new IllegalArgumentException("graph node '" + graphIds.get(g) + "' is not in the source");
            }
            out[g] = s;
        }
        return out;
    }

    @Override
    public int nodeCount() {
        return graphToSource.length;
    }

    @Override
    public int rowCount() {
        return source.rowCount();
    }

    @Override
    public int[] rowsOf(int node) {
        return source.rowsOf(graphToSource[node]);
    }

    @Override
    public void scores(int row, double[] out) {
        double[] s = new double[out.length];
        source.scores(row, s);
        for (int g = 0; g < out.length; g++) {
            out[g] = s[graphToSource[g]];
        }
    }

    @Override
    public int argmaxAmong(int row, int[] candidates) {
        int[] mapped = new int[candidates.length];
        for (int c = 0; c < mapped.length; c++) {
            mapped[c] = graphToSource[candidates[c]];
        }
        return source.argmaxAmong(row, mapped);
    }
}
