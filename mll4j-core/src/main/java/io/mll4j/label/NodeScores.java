package io.mll4j.label;

/**
 * A VLM's label as selection reads it: for the images of each graph node, which of a set of candidate nodes the
 * model scores highest. Implementations may keep full score rows or a compact index; selection only needs this.
 * Selection asks about several models at once, so implementations must allow concurrent calls.
 */
public interface NodeScores {
    /** Number of graph nodes the label covers (node indices are 0..nodeCount-1, in graph order). */
    int nodeCount();

    /** Number of labeled images of {@code node} (|X_u|). */
    int imageCount(int node);

    /**
     * For each image of {@code node}, the position in {@code candidates} of the candidate node with the highest score
     * (ties: the earlier candidate). {@code candidates} holds distinct node indices.
     */
    int[] argmaxAmong(int node, int[] candidates);
}
