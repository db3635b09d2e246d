package io.mll4j.expert;

import io.mll4j.graph.SemanticGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which images speak for a node, and how much (paper A: the label is "updated with discounts that follow the
 * hierarchy"). A node's evidence is every distinct image held by the node or by a descendant at most
 * {@code maxDistance} hyponym edges below it; an image counts once, at its smallest distance d, with weight γ^d.
 * Images the graph already pooled into the node are at distance 0; the discount only decides how much the images
 * that did not make the node's capped sample add. γ = 0 keeps the node's own images only.
 */
public final class HierarchyDiscount {
    private final int[][] children;
    private final int[][] nodeImages;
    private final double gamma;
    private final int maxDistance;

    /**
     * @param graph       the SDAG (its structure only)
     * @param nodeImages  per node in graph order, indices into the labeled image list
     * @param gamma       discount per hyponym edge, in [0, 1]
     * @param maxDistance deepest descendant level pooled (0: the node's own images)
     */
    public HierarchyDiscount(SemanticGraph graph, int[][] nodeImages, double gamma, int maxDistance) {
        if (nodeImages.length != graph.size()) {
            throw new IllegalArgumentException(nodeImages.length + " node image lists for a graph of "
                    + graph.size() + " nodes");
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
        if (maxDistance < 0) {
            throw new IllegalArgumentException("maxDistance must be >= 0, got " + maxDistance);
        }
        this.children = new int[graph.size()][];
        List<String> ids = graph.ids();
        for (int v = 0; v < children.length; v++) {
            children[v] = graph.children(ids.get(v)).stream().mapToInt(graph::indexOf).toArray();
        }
        this.nodeImages = nodeImages;
        this.gamma = gamma;
        this.maxDistance = maxDistance;
    }

    public double gamma() {
        return gamma;
    }

    public int maxDistance() {
        return maxDistance;
    }

    /** Number of graph nodes. */
    public int nodeCount() {
        return nodeImages.length;
    }

    /** The weighted evidence of {@code node}: its images first, then each deeper level's new images. */
    public WeightedImages evidence(int node) {
        List<int[]> found = new ArrayList<>(); // {image, distance}
        boolean[] seenNode = new boolean[children.length];
        java.util.Set<Integer> seenImage = new java.util.HashSet<>();
        int[] level = {node};
        seenNode[node] = true;
        // A weight of 0 adds nothing, so γ = 0 stops after the node itself.
        int deepest = gamma == 0 ? 0 : maxDistance;
        for (int d = 0; d <= deepest && level.length > 0; d++) {
            List<Integer> next = new ArrayList<>();
            for (int v : level) {
                for (int image : nodeImages[v]) {
                    if (seenImage.add(image)) {
                        found.add(new int[]{image, d});
                    }
                }
                for (int c : children[v]) {
                    if (!seenNode[c]) {
                        seenNode[c] = true;
                        next.add(c);
                    }
                }
            }
            level = next.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] images = found.stream().mapToInt(f -> f[0]).toArray();
        int[] distances = found.stream().mapToInt(f -> f[1]).toArray();
        double[] weights = Arrays.stream(distances).mapToDouble(d -> Math.pow(gamma, d)).toArray();
        return new WeightedImages(images, distances, weights);
    }
}
