package io.mll4j.select;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.match.ClassText;
import io.mll4j.match.TaskMatcher;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;

import java.util.Objects;

/**
 * The settings every selector's builder shares ({@link SelectionSetup}): {@code set*} required, {@code opt*}
 * optional.
 *
 * @param <B> the concrete builder, returned by every setting for chaining
 */
public abstract class SelectionBuilder<B extends SelectionBuilder<B>> {
    private SemanticGraph graph;
    private ModelHub hub;
    private LabelStore store;
    private ClassResolver resolver;
    private TextEmbedder embedder;
    private NodeText nodeText = MethodVariant.PAPER.nodeText();
    private ClassText classText = ClassText.WORDNET;
    private Double minSimilarity;

    protected abstract B self();

    public B setGraph(SemanticGraph value) {
        this.graph = value;
        return self();
    }

    public B setHub(ModelHub value) {
        this.hub = value;
        return self();
    }

    /** The hub's labels. */
    public B setLabelStore(LabelStore value) {
        this.store = value;
        return self();
    }

    public B setResolver(ClassResolver value) {
        this.resolver = value;
        return self();
    }

    /** Embedder for matching classes to nodes. */
    public B setEmbedder(TextEmbedder value) {
        this.embedder = value;
        return self();
    }

    /** Node text of the labels to use, and of matching (default {@link MethodVariant#PAPER}'s). */
    public B optNodeText(NodeText value) {
        this.nodeText = Objects.requireNonNull(value, "nodeText");
        return self();
    }

    /** Text of classes without captions (default {@link ClassText#WORDNET}). */
    public B optClassText(ClassText value) {
        this.classText = Objects.requireNonNull(value, "classText");
        return self();
    }

    /**
     * One uncovered-threshold for every class; {@code null}, the default: by class text (see {@link TaskMatcher}).
     * Checked when the matcher is built.
     */
    public B optMinSimilarity(Double value) {
        this.minSimilarity = value;
        return self();
    }

    /** The settings, once every required one is set. */
    protected SelectionSetup setup() {
        Objects.requireNonNull(graph, "graph is required (setGraph)");
        Objects.requireNonNull(hub, "hub is required (setHub)");
        Objects.requireNonNull(store, "store is required (setLabelStore)");
        Objects.requireNonNull(resolver, "resolver is required (setResolver)");
        Objects.requireNonNull(embedder, "embedder is required (setEmbedder)");
        return new SelectionSetup(graph, hub, store, resolver, embedder, nodeText, classText, minSimilarity);
    }
}
