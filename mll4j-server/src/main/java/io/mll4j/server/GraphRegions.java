package io.mll4j.server;

import io.mll4j.graph.SemanticGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * The graph cut into a few disjoint regions, the columns of the hub coverage map. A graph of at most {@code max}
 * nodes has one region per node. A larger one is cut top-down: starting from the roots, the largest region whose
 * children fit in the budget is replaced by its children's subtrees, until no split fits; a split's top node goes
 * "above the cut" (too general to be a column of its own). A node reachable from several region tops (the graph is a
 * DAG) belongs to the nearest, then the earliest. Regions are listed largest first.
 *
 * @param regions  the columns
 * @param aboveCut graph indices of the nodes in no region (the split tops)
 */
record GraphRegions(List<Region> regions, int[] aboveCut) {

    /**
     * One region: a top node and the nodes below it that belong to no other region.
     *
     * @param id    the top node's synset id
     * @param name  its first lemma
     * @param nodes graph indices of its nodes, top first
     */
    record Region(String id, String name, int[] nodes) {
    }

    static GraphRegions of(SemanticGraph graph, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        int n = graph.size();
        int[][] children = new int[n][];
        for (int u = 0; u < n; u++) {
            children[u] = graph.children(graph.ids().get(u)).stream().mapToInt(graph::indexOf).toArray();
        }
        List<Integer> tops = new ArrayList<>();
        if (n <= max) {
            for (int u = 0; u < n; u++) {
                tops.add(u);
            }
        } else {
            graph.roots().forEach(r -> tops.add(graph.indexOf(r)));
            boolean[] wasSplit = new boolean[n];
            boolean more = true;
            while (more) {
                more = split(tops, children, max, wasSplit);
            }
        }
        int[] owner = assign(tops, children, n);
        List<Region> regions = new ArrayList<>();
        for (int t : tops) {
            int[] nodes = nodesOf(t, owner);
            String id = graph.ids().get(t);
            regions.add(new Region(id, graph.node(id).name(), nodes));
        }
        regions.sort(Comparator.comparingInt((Region r) -> -r.nodes().length).thenComparing(Region::id));
        return new GraphRegions(List.copyOf(regions), nodesOf(-1, owner));
    }

    /**
     * Splits the largest region that can be split within the budget; false when none can. A node is split once at
     * most (in a DAG it could otherwise come back as a child of another top), so the cut always ends.
     */
    private static boolean split(List<Integer> tops, int[][] children, int max, boolean[] wasSplit) {
        int[] owner = assign(tops, children, children.length);
        int[] size = new int[children.length];
        for (int o : owner) {
            if (o >= 0) {
                size[o]++;
            }
        }
        List<Integer> bySize = new ArrayList<>(tops);
        bySize.sort(Comparator.comparingInt((Integer t) -> -size[t]).thenComparingInt(t -> t));
        for (int t : bySize) {
            SequencedSet<Integer> below = new LinkedHashSet<>();
            for (int c : children[t]) {
                if (owner[c] == t && !wasSplit[c]) {
                    below.add(c);
                }
            }
            if (size[t] > 1 && !below.isEmpty() && tops.size() - 1 + below.size() <= max) {
                int at = tops.indexOf(t);
                tops.remove(at);
                wasSplit[t] = true;
                tops.addAll(at, below);
                return true;
            }
        }
        return false;
    }

    /** Per node, the top whose region it is in (-1: above the cut): breadth-first down from every top at once. */
    private static int[] assign(List<Integer> tops, int[][] children, int n) {
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : tops) {
            owner[t] = t;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int c : children[u]) {
                if (owner[c] < 0) {
                    owner[c] = owner[u];
                    queue.add(c);
                }
            }
        }
        return owner;
    }

    /** The nodes owned by {@code top}, the top itself first; {@code -1}: the nodes above the cut. */
    private static int[] nodesOf(int top, int[] owner) {
        List<Integer> out = new ArrayList<>();
        if (top >= 0) {
            out.add(top);
        }
        for (int u = 0; u < owner.length; u++) {
            if (owner[u] == top && u != top) {
                out.add(u);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
