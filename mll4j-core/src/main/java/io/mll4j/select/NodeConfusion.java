package io.mll4j.select;

import io.mll4j.label.NodeScores;

import java.util.Arrays;

/**
 * Per-node counts of one model on the selected nodes V_sel (method.md §4.2): each image of a node is predicted as
 * the V_sel node the model scores highest; TP[u] counts images of u predicted u, FP[u] counts images of other nodes
 * predicted u, P[u] = |X_u|. Arrays are indexed by position in V_sel.
 *
 * @param tp true positives per selected node
 * @param fp false positives per selected node
 * @param p  images per selected node
 */
public record NodeConfusion(double[] tp, double[] fp, double[] p) {

    /**
     * Counts a model's confusion on V_sel.
     *
     * @param scores   the model's label
     * @param selected V_sel as node indices
     * @param pool     whose images count toward FP: only V_sel (paper) or every node (official code)
     * @return the counts, indexed like {@code selected}
     */
    public static NodeConfusion count(NodeScores scores, int[] selected, FalsePositivePool pool) {
        int n = selected.length;
        double[] tp = new double[n];
        double[] fp = new double[n];
        double[] p = new double[n];
        // position of every node in V_sel (-1: not selected), so each node's own position is O(1)
        int[] position = new int[scores.nodeCount()];
        Arrays.fill(position, -1);
        for (int i = 0; i < n; i++) {
            position[selected[i]] = i;
            p[i] = scores.imageCount(selected[i]);
        }
        for (int node = 0; node < scores.nodeCount(); node++) {
            int own = position[node];
            if (own < 0 && pool == FalsePositivePool.SELECTED_NODES) {
                continue;
            }
            for (int predicted : scores.argmaxAmong(node, selected)) {
                if (predicted == own) {
                    tp[predicted]++;
                } else {
                    fp[predicted]++;
                }
            }
        }
        return new NodeConfusion(tp, fp, p);
    }
}
