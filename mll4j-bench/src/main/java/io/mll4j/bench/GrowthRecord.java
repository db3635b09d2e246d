package io.mll4j.bench;

import java.util.List;

/**
 * The hub-growth study of one task (paper B's Figure: accuracy as the hub grows): the candidate VLMs are added in
 * {@code orders} random orders; after each addition, MLL (paper variant, k = 1, α = 0.7) and INB select among the
 * models added so far. Computed from the cached outputs and labels only; no model is retrained or rerun.
 *
 * @param kind        {@value #KIND}
 * @param task        task name
 * @param fingerprint inputs' hash
 * @param seed        seed of the orders
 * @param orders      the model orders
 * @param mll         MLL top-1 accuracy {@code [order][size-1]}
 * @param inb         INB top-1 accuracy {@code [order][size-1]}
 */
public record GrowthRecord(String kind, String task, String fingerprint, long seed, List<List<String>> orders,
                           double[][] mll, double[][] inb) {
    public static final String KIND = "hub-growth";
}
