package io.mll4j.graph;

/** How a node's images are sampled down to the cap from its own images and those of its descendants. */
public enum Sampling {
    /**
     * Concept-balanced (default). The node's own images keep at least half of the cap when it also has image-bearing
     * descendants; the rest is dealt round-robin over the image-bearing descendants in seeded random order, one image
     * each per round, so that a hypernym shows as many different hyponyms as the cap allows instead of being swamped
     * by the one class that has the most images.
     */
    BALANCED,
    /** Every image of the node and its descendants equally likely (a plain seeded sample of the pool). */
    UNIFORM
}
