package io.mll4j.match;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Each task class matched to its top-n graph nodes (method.md §4.1): S[y,u] = 100·e_y·g_u for the best n nodes.
 * V_sel is the union of the matched nodes in first-seen order; Z[y,·] holds S[y,u] on y's own nodes, 0 elsewhere.
 *
 * @param nodes        per class, the matched node indices, best first
 * @param similarities per class, S[y,u] of those nodes
 */
public record NodeMatching(int[][] nodes, double[][] similarities) {

    /**
     * Matches every class to its {@code n} most similar nodes.
     *
     * @param classEmbeddings L2-normalised class text embeddings {@code [classes][d]}
     * @param nodeEmbeddings  L2-normalised node text embeddings {@code [nodes][d]}
     * @param n               nodes kept per class
     * @return the matching
     */
    public static NodeMatching topN(float[][] classEmbeddings, float[][] nodeEmbeddings, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        int keep = Math.min(n, nodeEmbeddings.length);
        int[][] nodes = new int[classEmbeddings.length][];
        double[][] sims = new double[classEmbeddings.length][];
        for (int y = 0; y < classEmbeddings.length; y++) {
            double[] s = new double[nodeEmbeddings.length];
            for (int u = 0; u < s.length; u++) {
                s[u] = 100.0 * dot(classEmbeddings[y], nodeEmbeddings[u]);
            }
            nodes[y] = best(s, keep);
            sims[y] = Arrays.stream(nodes[y]).mapToDouble(u -> s[u]).toArray();
        }
        return new NodeMatching(nodes, sims);
    }

    /** V_sel: the union of every class's nodes, in first-seen order. */
    public int[] selectedNodes() {
        Set<Integer> union = new LinkedHashSet<>();
        for (int[] row : nodes) {
            for (int u : row) {
                union.add(u);
            }
        }
        return union.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Z over V_sel ({@code [classes][selectedNodes().length]}): S[y,u] on y's matched nodes, 0 elsewhere. */
    public double[][] z() {
        int[] selected = selectedNodes();
        double[][] z = new double[nodes.length][selected.length];
        for (int y = 0; y < nodes.length; y++) {
            for (int j = 0; j < nodes[y].length; j++) {
                int column = indexOf(selected, nodes[y][j]);
                z[y][column] = similarities[y][j];
            }
        }
        return z;
    }

    private static int[] best(double[] s, int keep) {
        // Stable: equal similarities keep node order, so matching is deterministic.
        return java.util.stream.IntStream.range(0, s.length).boxed()
                .sorted((a, b) -> Double.compare(s[b], s[a]))
                .limit(keep).mapToInt(Integer::intValue).toArray();
    }

    private static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding dimensions differ: " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("node " + value + " missing from V_sel");
    }
}
