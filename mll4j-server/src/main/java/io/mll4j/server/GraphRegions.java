package io.mll4j.server;

import io.mll4j.graph.SemanticGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The graph cut into at most {@code max} disjoint regions, the columns of the hub coverage map; every node is in
 * exactly one. A graph of at most {@code max} nodes has one region per node. A larger one starts as one region per
 * root and is cut by peeling: the largest region gives up the subtree (a node and what is below it, within the
 * region) that splits it most evenly, until there are {@code max} regions. A region whose top lost subtrees to others
 * is marked {@code rest} ("artifact, other"). Peeling the most even subtree keeps regions comparable in size and
 * names each by a real synset (vertebrate, clothing, digit) rather than by a long chain of general nodes (entity,
 * physical entity, object). Regions are listed in depth-first order of their tops, so related ones sit together.
 *
 * @param regions the columns
 */
record GraphRegions(List<Region> regions) {

    /**
     * One region.
     *
     * @param id    its top node's synset id
     * @param name  the top's first lemma
     * @param nodes graph indices of its nodes, top first
     * @param rest  whether subtrees of the top belong to other regions
     */
    record Region(String id, String name, int[] nodes, boolean rest) {
    }

    static GraphRegions of(SemanticGraph graph, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        int n = graph.size();
        int[][] below = new int[n][];
        for (int u = 0; u < n; u++) {
            below[u] = graph.descendants(graph.ids().get(u)).stream().mapToInt(graph::indexOf).toArray();
        }
        int[] order = depthFirstOrder(graph);
        List<Cut> cuts = new ArrayList<>();
        if (n <= max) {
            for (int u = 0; u < n; u++) {
                BitSet one = new BitSet(n);
                one.set(u);
                cuts.add(new Cut(u, one));
            }
        } else {
            BitSet taken = new BitSet(n);
            for (String root : graph.roots()) {
                int r = graph.indexOf(root);
                BitSet nodes = subtree(r, below, taken);
                taken.or(nodes);
                cuts.add(new Cut(r, nodes));
            }
            boolean more = true;
            while (more && cuts.size() < max) {
                more = peel(cuts, below);
            }
        }
        cuts.sort(Comparator.comparingInt(c -> order[c.top]));
        List<Region> regions = new ArrayList<>();
        for (Cut c : cuts) {
            int[] nodes = c.nodes.stream().filter(u -> u != c.top).toArray();
            int[] withTop = new int[nodes.length + 1];
            withTop[0] = c.top;
            System.arraycopy(nodes, 0, withTop, 1, nodes.length);
            String id = graph.ids().get(c.top);
            regions.add(new Region(id, graph.node(id).name(), withTop, c.rest));
        }
        return new GraphRegions(List.copyOf(regions));
    }

    /** A region being cut: its top node and its nodes. */
    private static final class Cut {
        final int top;
        final BitSet nodes;
        boolean rest;

        Cut(int top, BitSet nodes) {
            this.top = top;
            this.nodes = nodes;
        }
    }

    /**
     * Takes from the largest region (ties: the earlier top) the subtree that splits it most evenly (ties: the larger
     * subtree, then the earlier node); false when every region is a single node.
     */
    private static boolean peel(List<Cut> cuts, int[][] below) {
        Cut largest = cuts.stream().filter(c -> c.nodes.cardinality() > 1)
                .max(Comparator.comparingInt((Cut c) -> c.nodes.cardinality()).thenComparingInt(c -> -c.top))
                .orElse(null);
        if (largest == null) {
            return false;
        }
        int size = largest.nodes.cardinality();
        int best = -1;
        int bestSize = 0;
        int bestBalance = 0;
        for (int v = largest.nodes.nextSetBit(0); v >= 0; v = largest.nodes.nextSetBit(v + 1)) {
            if (v == largest.top) {
                continue;
            }
            int s = 1 + (int) Arrays.stream(below[v]).filter(largest.nodes::get).count();
            int balance = Math.min(s, size - s);
            if (balance > bestBalance || (balance == bestBalance && s > bestSize)) {
                best = v;
                bestSize = s;
                bestBalance = balance;
            }
        }
        BitSet peeled = new BitSet();
        peeled.set(best);
        Arrays.stream(below[best]).filter(largest.nodes::get).forEach(peeled::set);
        largest.nodes.andNot(peeled);
        largest.rest = true;
        cuts.add(new Cut(best, peeled));
        return true;
    }

    /** The node and every node below it that no earlier region took. */
    private static BitSet subtree(int top, int[][] below, BitSet taken) {
        BitSet nodes = new BitSet();
        nodes.set(top);
        Arrays.stream(below[top]).forEach(nodes::set);
        nodes.andNot(taken);
        return nodes;
    }

    /** Per node, its position in a depth-first walk from the roots (children by id). */
    private static int[] depthFirstOrder(SemanticGraph graph) {
        int[] order = new int[graph.size()];
        Arrays.fill(order, -1);
        int[] next = {0};
        for (String root : graph.roots()) {
            visit(graph, root, order, next);
        }
        return order;
    }

    private static void visit(SemanticGraph graph, String id, int[] order, int[] next) {
        int u = graph.indexOf(id);
        if (order[u] >= 0) {
            return;
        }
        order[u] = next[0]++;
        for (String child : graph.children(id)) {
            visit(graph, child, order, next);
        }
    }
}
