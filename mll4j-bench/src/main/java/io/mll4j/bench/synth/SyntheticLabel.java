package io.mll4j.bench.synth;

import io.mll4j.label.index.CandidatePositions;
import io.mll4j.label.index.ExactRows;
import io.mll4j.label.index.RowRanking;

import java.util.Arrays;

/**
 * One synthetic model's full score rows, defined procedurally. Row r is image r % I of node u = r / I. For the K
 * nodes nearest u (its neighbourhood) the score is {@code 24 − 1.2·distance + 1.5·noise}, plus the model's skill in
 * u's region on u itself; for every other node it is a tail {@code L − 1 − k/64} below the lowest neighbourhood
 * score L, where k ∈ [0, 640) hashes (model, region of u, node). All scores are multiples of 1/64 (the resolution
 * of the official float16 logits at this magnitude), so ties occur as they do in real labels, and every value is
 * exact in float and double. Since the tail is strictly below the neighbourhood, a row's top N (N ≤ K) comes from
 * K scores, and the argmax over a candidate set that misses the neighbourhood is the tail's, the same for all rows
 * of a region.
 */
public final class SyntheticLabel implements ExactRows {
    private static final double BASE = 24;
    private static final double PER_HOP = 1.2;
    private static final double NOISE = 1.5;
    private static final double RESOLUTION = 64;
    private static final int TAIL_STEPS = 640;

    private final SyntheticGraph graph;
    private final int images;
    private final long key;
    private final double[] skill;
    private volatile TailCache tailCache;

    /**
     * @param graph the hub's graph
     * @param spec  the hub's spec (seed, images per node)
     * @param model index of the model in the hub
     */
    public SyntheticLabel(SyntheticGraph graph, SyntheticHubSpec spec, int model) {
        this.graph = graph;
        this.images = spec.imagesPerNode();
        this.key = Mix.hash(spec.seed(), 0x5EED, model);
        // overall skill 0..4 per model, shifted per region by N(0, 1): models differ by region of the graph
        double overall = 4 * Mix.unit(Mix.hash(key, 1, 0));
        this.skill = new double[graph.regionCount()];
        for (int g = 0; g < skill.length; g++) {
            skill[g] = overall + Mix.normal(Mix.hash(key, 2, g));
        }
    }

    /** The model's margin on its own node in region {@code region} (larger = more accurate there). */
    public double skill(int region) {
        return skill[region];
    }

    @Override
    public int nodeCount() {
        return graph.size();
    }

    @Override
    public int rowCount() {
        return graph.size() * images;
    }

    @Override
    public int[] rowsOf(int node) {
        int[] rows = new int[images];
        for (int i = 0; i < images; i++) {
            rows[i] = node * images + i;
        }
        return rows;
    }

    /** Scores of the row's neighbourhood, in neighbourhood order. */
    private void neighbourhoodScores(int row, double[] out) {
        int u = row / images;
        long rowKey = Mix.hash(key, 3, row);
        for (int j = 0; j < out.length; j++) {
            out[j] = neighbourScore(u, j, rowKey);
        }
    }

    /** Score of the j-th nearest node of u in the row with key {@code rowKey}. */
    private double neighbourScore(int u, int j, long rowKey) {
        double x = BASE - PER_HOP * graph.distance(u, j) + NOISE * Mix.normal(Mix.mix(rowKey + j));
        if (j == 0) {
            x += skill[graph.region(u)];
        }
        return Math.rint(x * RESOLUTION) / RESOLUTION;
    }

    private int tailStep(int region, int node) {
        return (int) (Mix.unit(Mix.hash(key ^ 0x7A11L, region, node)) * TAIL_STEPS);
    }

    @Override
    public void scores(int row, double[] out) {
        int u = row / images;
        int region = graph.region(u);
        double[] near = new double[graph.neighbourhood()];
        neighbourhoodScores(row, near);
        double lowest = Arrays.stream(near).min().orElseThrow();
        for (int v = 0; v < out.length; v++) {
            out[v] = lowest - 1 - tailStep(region, v) / RESOLUTION;
        }
        for (int j = 0; j < near.length; j++) {
            out[graph.neighbour(u, j)] = near[j];
        }
    }

    @Override
    public void rank(int row, int[] nodes, boolean[] tiedWithNext) {
        int u = row / images;
        double[] near = new double[graph.neighbourhood()];
        neighbourhoodScores(row, near);
        int[] order = new int[nodes.length];
        RowRanking.rank(near, order, tiedWithNext);
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = graph.neighbour(u, order[k]);
        }
    }

    /** Scores only the neighbourhood nodes that are candidates; with none, the region's cached tail argmax. */
    @Override
    public int argmaxAmong(int row, int[] candidates) {
        TailCache cache = TailCache.reuse(tailCache, candidates, graph);
        tailCache = cache;
        int u = row / images;
        long rowKey = Mix.hash(key, 3, row);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < graph.neighbourhood(); j++) {
            int p = cache.positions.position(graph.neighbour(u, j));
            if (p >= 0) {
                double x = neighbourScore(u, j, rowKey);
                if (best < 0 || x > bestScore || (x == bestScore && p < best)) {
                    best = p;
                    bestScore = x;
                }
            }
        }
        return best >= 0 ? best : cache.tailArgmax(graph.region(u), candidates, this);
    }

    /** Per candidate list, the tail's argmax in each region (computed when first needed). */
    private static final class TailCache {
        final CandidatePositions positions;
        final int[] perRegion;

        TailCache(CandidatePositions positions, int regions) {
            this.positions = positions;
            this.perRegion = new int[regions];
            Arrays.fill(perRegion, -1);
        }

        static TailCache reuse(TailCache cached, int[] candidates, SyntheticGraph graph) {
            CandidatePositions p = CandidatePositions.reuse(cached == null ? null : cached.positions, candidates,
                    graph.size());
            return cached != null && cached.positions == p ? cached : new TailCache(p, graph.regionCount());
        }

        /** Highest tail score = smallest step; equal steps: the earlier candidate. Races recompute the same value. */
        int tailArgmax(int region, int[] candidates, SyntheticLabel label) {
            int known = perRegion[region];
            if (known >= 0) {
                return known;
            }
            int best = 0;
            int bestStep = Integer.MAX_VALUE;
            for (int c = 0; c < candidates.length; c++) {
                int step = label.tailStep(region, candidates[c]);
                if (step < bestStep) {
                    bestStep = step;
                    best = c;
                }
            }
            perRegion[region] = best;
            return best;
        }
    }
}
