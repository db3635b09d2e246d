package io.mll4j.bench;

import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelOpener;
import io.mll4j.label.LabelStore;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;

import java.nio.file.Path;

/**
 * The resources a benchmark run works on, opened and owned by the caller (the CLI).
 *
 * @param hub       the model hub
 * @param opener    opens (and shares) its models
 * @param graph     the semantic graph
 * @param labels    where paper-B labels are stored
 * @param resolver  class names → synsets (WordNet)
 * @param embedder  text embedder matching classes to nodes
 * @param imageRoot root the graph's node image paths are relative to (the data home), for labeling
 */
public record BenchEnvironment(ModelHub hub, ModelOpener opener, SemanticGraph graph, LabelStore labels,
                               ClassResolver resolver, TextEmbedder embedder, Path imageRoot) {
}
