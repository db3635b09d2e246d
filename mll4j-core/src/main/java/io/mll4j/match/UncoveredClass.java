package io.mll4j.match;

/**
 * A class whose best graph match is below the similarity threshold: the graph has nothing close enough to label
 * models on, so any selection for it would be a guess.
 *
 * @param className  the class
 * @param bestNode   id of its most similar node
 * @param bestName   that node's name
 * @param similarity S[y,u] of that node (100·cos)
 * @param threshold  the threshold it fell below
 */
public record UncoveredClass(String className, String bestNode, String bestName, double similarity,
                             double threshold) {
}
