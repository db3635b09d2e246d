package io.mll4j.select;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.match.ClassText;
import io.mll4j.match.TaskMatcher;
import io.mll4j.match.TaskMatching;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;

import java.util.List;
import java.util.Objects;

/**
 * Paper-B selection from class names to models (method.md §4): match the task's classes to graph nodes, load the
 * candidates' labels, score every candidate for every class and keep the top k per class.
 * <pre>{@code
 * SelectionReport report = Selector.builder()
 *         .setGraph(graph).setHub(hub).setLabelStore(LabelStore.inHub(hub.directory()))
 *         .setResolver(resolver).setEmbedder(embedder)
 *         .optVariant(MethodVariant.PAPER)
 *         .build().select(Task.of(List.of("tabby cat", "sneaker")));
 * Map<String, List<String>> official = report.selected();
 * }</pre>
 */
public final class Selector {
    /** Runners-up listed per class in reports. */
    public static final int RUNNERS_UP = 3;

    private final SemanticGraph graph;
    private final ModelHub hub;
    private final LabelStore store;
    private final ClassResolver resolver;
    private final TextEmbedder embedder;
    private final MethodVariant variant;
    private final SelectionConfig config;
    private final NodeText nodeText;
    private final ClassText classText;
    private final Double minSimilarity;
    private final boolean allowUncovered;
    private final List<String> models;

    private Selector(Builder b) {
        this.graph = b.graph;
        this.hub = b.hub;
        this.store = b.store;
        this.resolver = b.resolver;
        this.embedder = b.embedder;
        this.variant = b.variant;
        this.config = b.config;
        this.nodeText = b.nodeText;
        this.classText = b.classText;
        this.minSimilarity = b.minSimilarity;
        this.allowUncovered = b.allowUncovered;
        this.models = b.models;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Selects models for a task.
     *
     * @throws io.mll4j.exception.TaskException when the task is invalid or (unless allowed) has uncovered classes
     * @throws io.mll4j.exception.HubException  when a candidate has no label for this graph and node text
     */
    public SelectionReport select(Task task) {
        TaskMatcher.Builder matcher = TaskMatcher.builder().setGraph(graph).setEmbedder(embedder)
                .setResolver(resolver).optNodeText(nodeText).optClassText(classText).optTopNodes(config.topNodes());
        if (minSimilarity != null) {
            matcher.optMinSimilarity(minSimilarity);
        }
        TaskMatching matching = matcher.build().match(task);
        if (!allowUncovered) {
            matching.requireCovered();
        }
        return select(task, matching, LabeledModels.load(hub, store, graph, nodeText, models));
    }

    /** Scores already-loaded candidates for an already-matched task (no check of coverage). */
    public SelectionReport select(Task task, TaskMatching matching, List<LabeledModel> candidates) {
        ReuseScores scores = ReuseScores.compute(candidates.stream().map(LabeledModel::label).toList(),
                matching.matching().selectedNodes(), matching.matching().z(), config);
        return new ReportAssembler(graph, candidates, scores, config).assemble(task, matching, variant);
    }

    /** {@code set*} required, {@code opt*} optional; {@link #optVariant} first, then individual switches. */
    public static final class Builder {
        private SemanticGraph graph;
        private ModelHub hub;
        private LabelStore store;
        private ClassResolver resolver;
        private TextEmbedder embedder;
        private MethodVariant variant = MethodVariant.PAPER;
        private SelectionConfig config = MethodVariant.PAPER.config();
        private NodeText nodeText = MethodVariant.PAPER.nodeText();
        private ClassText classText = ClassText.WORDNET;
        private Double minSimilarity;
        private boolean allowUncovered;
        private List<String> models = List.of();

        private Builder() {
        }

        public Builder setGraph(SemanticGraph value) {
            this.graph = value;
            return this;
        }

        public Builder setHub(ModelHub value) {
            this.hub = value;
            return this;
        }

        public Builder setLabelStore(LabelStore value) {
            this.store = value;
            return this;
        }

        public Builder setResolver(ClassResolver value) {
            this.resolver = value;
            return this;
        }

        /** Embedder for matching classes to nodes. */
        public Builder setEmbedder(TextEmbedder value) {
            this.embedder = value;
            return this;
        }

        /** Sets the config and node text of a variant (default {@link MethodVariant#PAPER}). */
        public Builder optVariant(MethodVariant value) {
            this.variant = Objects.requireNonNull(value, "variant");
            this.config = value.config();
            this.nodeText = value.nodeText();
            return this;
        }

        /** Selection switches (α, k, n, score rule, global mean, FP pool, Z normalisation). */
        public Builder optConfig(SelectionConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Node text of the labels to use, and of matching. */
        public Builder optNodeText(NodeText value) {
            this.nodeText = Objects.requireNonNull(value, "nodeText");
            return this;
        }

        public Builder optClassText(ClassText value) {
            this.classText = Objects.requireNonNull(value, "classText");
            return this;
        }

        /** One uncovered-threshold for every class (default: by class text, see {@link TaskMatcher}). */
        public Builder optMinSimilarity(double value) {
            this.minSimilarity = value;
            return this;
        }

        /** Select for uncovered classes too (they are flagged in the report) instead of failing. */
        public Builder optAllowUncovered(boolean value) {
            this.allowUncovered = value;
            return this;
        }

        /** Restrict candidates to these hub ids (default: every VLM of the hub). */
        public Builder optModels(List<String> value) {
            this.models = List.copyOf(value);
            return this;
        }

        public Selector build() {
            Objects.requireNonNull(graph, "graph is required (setGraph)");
            Objects.requireNonNull(hub, "hub is required (setHub)");
            Objects.requireNonNull(store, "store is required (setLabelStore)");
            Objects.requireNonNull(resolver, "resolver is required (setResolver)");
            Objects.requireNonNull(embedder, "embedder is required (setEmbedder)");
            return new Selector(this);
        }
    }
}
