package io.mll4j.bench.synth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded DAG shaped like a WordNet slice: node 0 is the root, up to 20 top-level nodes define the regions, the
 * rest hang below in breadth-first order with 2-8 children each (depth about 6 for 9,055 nodes), and about 3% of
 * deeper nodes get a second parent one level up (as WordNet synsets with two hypernyms). Each node also has its
 * neighbourhood: the nearest nodes by undirected graph distance, the ones a model confuses it with.
 */
public final class SyntheticGraph {
    private static final int MAX_REGIONS = 20;
    private static final double SECOND_PARENT = 0.03;

    private final int size;
    private final int[][] parents;
    private final int[] region;
    private final int regions;
    private final int neighbourhood;
    /** {@code neighbours[u * neighbourhood + j]}: j-th nearest node to u (u itself first). */
    private final int[] neighbours;
    private final byte[] distances;

    private SyntheticGraph(int size, int[][] parents, int[] region, int regions, int neighbourhood) {
        this.size = size;
        this.parents = parents;
        this.region = region;
        this.regions = regions;
        this.neighbourhood = neighbourhood;
        this.neighbours = new int[size * neighbourhood];
        this.distances = new byte[size * neighbourhood];
        fillNeighbourhoods(adjacency());
    }

    /**
     * Generates the graph.
     *
     * @param nodes         number of nodes
     * @param neighbourhood nodes kept per neighbourhood (at most {@code nodes})
     * @param seed          seed
     */
    public static SyntheticGraph generate(int nodes, int neighbourhood, long seed) {
        if (nodes < 2 || neighbourhood < 1 || neighbourhood > nodes) {
            throw new IllegalArgumentException("need >= 2 nodes and 1..nodes neighbours, got " + nodes + ", "
                    + neighbourhood);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] first = new int[nodes];
        int[] depth = new int[nodes];
        int[] region = new int[nodes];
        int regions = Math.min(MAX_REGIONS, nodes - 1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int next = 1;
        for (; next <= regions; next++) {
            first[next] = 0;
            depth[next] = 1;
            region[next] = next - 1;
            queue.add(next);
        }
        while (next < nodes) {
            int p = queue.poll();
            int children = 2 + random.nextInt(7);
            for (int c = 0; c < children && next < nodes; c++, next++) {
                first[next] = p;
                depth[next] = depth[p] + 1;
                region[next] = region[p];
                queue.add(next);
            }
        }
        List<List<Integer>> byDepth = new ArrayList<>();
        for (int u = 0; u < nodes; u++) {
            while (byDepth.size() <= depth[u]) {
                byDepth.add(new ArrayList<>());
            }
            byDepth.get(depth[u]).add(u);
        }
        int[][] parents = new int[nodes][];
        parents[0] = new int[0];
        for (int u = 1; u < nodes; u++) {
            parents[u] = new int[]{first[u]};
            if (depth[u] >= 2 && random.nextDouble() < SECOND_PARENT) {
                List<Integer> level = byDepth.get(depth[u] - 1);
                int other = level.get(random.nextInt(level.size()));
                if (other != first[u]) {
                    parents[u] = new int[]{first[u], other};
                }
            }
        }
        return new SyntheticGraph(nodes, parents, region, regions, neighbourhood);
    }

    private int[][] adjacency() {
        int[] degree = new int[size];
        for (int u = 0; u < size; u++) {
            for (int p : parents[u]) {
                degree[u]++;
                degree[p]++;
            }
        }
        int[][] adj = new int[size][];
        for (int u = 0; u < size; u++) {
            adj[u] = new int[degree[u]];
        }
        int[] fill = new int[size];
        for (int u = 0; u < size; u++) {
            for (int p : parents[u]) {
                adj[u][fill[u]++] = p;
                adj[p][fill[p]++] = u;
            }
        }
        for (int[] list : adj) {
            Arrays.sort(list);
        }
        return adj;
    }

    /** Breadth-first from each node until the neighbourhood is full (nearest first, lower index first). */
    private void fillNeighbourhoods(int[][] adj) {
        int[] seenAt = new int[size];
        Arrays.fill(seenAt, -1);
        int[] queue = new int[size];
        int[] dist = new int[size];
        for (int u = 0; u < size; u++) {
            int head = 0;
            int tail = 0;
            queue[tail++] = u;
            dist[u] = 0;
            seenAt[u] = u;
            int base = u * neighbourhood;
            int found = 0;
            while (found < neighbourhood) {
                int v = queue[head++];
                neighbours[base + found] = v;
                distances[base + found] = (byte) Math.min(dist[v], Byte.MAX_VALUE);
                found++;
                for (int w : adj[v]) {
                    if (seenAt[w] != u) {
                        seenAt[w] = u;
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
        }
    }

    public int size() {
        return size;
    }

    /** Parents of a node (empty for the root). */
    public int[] parents(int node) {
        return parents[node].clone();
    }

    /** Region (top-level subtree) of a node; the root is in region 0. */
    public int region(int node) {
        return region[node];
    }

    public int regionCount() {
        return regions;
    }

    /** Nodes kept per neighbourhood. */
    public int neighbourhood() {
        return neighbourhood;
    }

    /** The j-th nearest node to {@code node} (j = 0 is the node itself). */
    public int neighbour(int node, int j) {
        return neighbours[node * neighbourhood + j];
    }

    /** Graph distance from {@code node} to its j-th nearest node. */
    public int distance(int node, int j) {
        return distances[node * neighbourhood + j];
    }
}
