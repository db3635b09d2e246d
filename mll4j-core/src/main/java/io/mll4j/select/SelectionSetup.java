package io.mll4j.select;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.match.ClassText;
import io.mll4j.match.TaskMatcher;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;

import java.util.List;

/**
 * What a selection from class names runs on, whichever paper's ({@link Selector}, {@code ChcoSelector}): the graph,
 * the hub with its stored labels, and how the task's classes are matched to graph nodes. Built by a
 * {@link SelectionBuilder}.
 *
 * @param graph         the graph the labels and the matching are on
 * @param hub           the candidates
 * @param store         the candidates' stored labels
 * @param resolver      lexicon access for task validation, pins and {@link ClassText#WORDNET}
 * @param embedder      embedder for matching classes to nodes
 * @param nodeText      node text of the labels to use, and of matching
 * @param classText     text of classes without captions
 * @param minSimilarity one uncovered-threshold for every class, or {@code null} for the defaults by class text
 */
public record SelectionSetup(SemanticGraph graph, ModelHub hub, LabelStore store, ClassResolver resolver,
                             TextEmbedder embedder, NodeText nodeText, ClassText classText, Double minSimilarity) {

    /** Paper B's matcher with these settings, keeping {@code topNodes} nodes per class. */
    public TaskMatcher matcher(int topNodes) {
        TaskMatcher.Builder matcher = TaskMatcher.builder().setGraph(graph).setEmbedder(embedder)
                .setResolver(resolver).optNodeText(nodeText).optClassText(classText).optTopNodes(topNodes);
        if (minSimilarity != null) {
            matcher.optMinSimilarity(minSimilarity);
        }
        return matcher.build();
    }

    /** The hub's VLMs with their labels for this graph and node text ({@link LabeledModels#load}). */
    public List<LabeledModel> labeledVlms(List<String> only) {
        return LabeledModels.load(hub, store, graph, nodeText, only);
    }
}
