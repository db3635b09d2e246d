package io.mll4j.match;

import io.mll4j.graph.NodeText;

/**
 * How classes were matched to nodes, recorded in reports.
 *
 * @param embedder      id of the text embedder
 * @param nodeText      node text variant embedded for the nodes
 * @param classText     class text for classes without captions
 * @param topNodes      nodes kept per class (n)
 * @param minSimilarity best-match similarity (100·cos) below which a class is uncovered, or {@code null} for
 *                      the defaults by class text (see {@link TaskMatcher.Builder#optMinSimilarity})
 */
public record MatchSettings(String embedder, NodeText nodeText, ClassText classText, int topNodes,
                            Double minSimilarity) {
}
