package io.mll4j.bench.synth;

import io.mll4j.match.NodeMatching;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Seeded tasks over a synthetic graph, already matched to nodes as a text matcher would: each class is anchored at
 * a random node and matched to that node and its nearest neighbours (similarities 60, 56, 52, ... plus noise).
 */
public final class SyntheticTasks {
    private SyntheticTasks() {
    }

    /**
     * A task of {@code classes} classes (distinct anchors).
     *
     * @param topNodes nodes matched per class (n = 5 in the paper's code)
     */
    public static NodeMatching matching(SyntheticGraph graph, int classes, int topNodes, long seed) {
        if (classes < 1 || classes > graph.size() || topNodes < 1 || topNodes > graph.neighbourhood()) {
            throw new IllegalArgumentException("need 1.." + graph.size() + " classes and 1.." + graph.neighbourhood()
                    + " nodes per class, got " + classes + ", " + topNodes);
        }
        Set<Integer> anchors = new LinkedHashSet<>();
        long draw = 0;
        while (anchors.size() < classes) {
            anchors.add((int) (Mix.unit(Mix.hash(seed, 0xA11, draw++)) * graph.size()));
        }
        int[][] nodes = new int[classes][topNodes];
        double[][] sims = new double[classes][topNodes];
        int y = 0;
        for (int anchor : anchors) {
            for (int j = 0; j < topNodes; j++) {
                nodes[y][j] = graph.neighbour(anchor, j);
                sims[y][j] = 60 - 4 * j + Mix.unit(Mix.hash(seed, y, j));
            }
            y++;
        }
        return new NodeMatching(nodes, sims);
    }
}
