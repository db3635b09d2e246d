package io.mll4j.graph;

import java.util.Objects;

/**
 * How a graph was built; part of its content hash. No time stamp, so that the same inputs give the same bytes.
 *
 * @param lexicon  the vocabulary the nodes come from, e.g. {@code WordNet 3.0}
 * @param cap      most images kept per node
 * @param seed     seed of the image sampling
 * @param sampling how a node's images were chosen from its own and its descendants' images
 */
public record GraphProvenance(String lexicon, int cap, long seed, Sampling sampling) {
    public GraphProvenance {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(sampling, "sampling");
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, got " + cap);
        }
    }
}
