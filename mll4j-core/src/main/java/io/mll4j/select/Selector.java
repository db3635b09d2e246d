package io.mll4j.select;

import io.mll4j.match.TaskMatcher;
import io.mll4j.match.TaskMatching;
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

    private final SelectionSetup setup;
    private final MethodVariant variant;
    private final SelectionConfig config;
    private final boolean allowUncovered;
    private final List<String> models;

    private Selector(Builder b, SelectionSetup setup) {
        this.setup = setup;
        this.variant = b.variant;
        this.config = b.config;
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
        TaskMatching matching = setup.matcher(config.topNodes()).match(task);
        if (!allowUncovered) {
            matching.requireCovered();
        }
        return select(task, matching, setup.labeledVlms(models));
    }

    /** Scores already-loaded candidates for an already-matched task (no check of coverage). */
    public SelectionReport select(Task task, TaskMatching matching, List<LabeledModel> candidates) {
        ReuseScores scores = ReuseScores.compute(candidates.stream().map(LabeledModel::label).toList(),
                matching.matching().selectedNodes(), matching.matching().z(), config);
        return new ReportAssembler(setup.graph(), candidates, scores, config).assemble(task, matching, variant);
    }

    /** {@code set*} required, {@code opt*} optional; {@link #optVariant} first, then individual switches. */
    public static final class Builder extends SelectionBuilder<Builder> {
        private MethodVariant variant = MethodVariant.PAPER;
        private SelectionConfig config = MethodVariant.PAPER.config();
        private boolean allowUncovered;
        private List<String> models = List.of();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Sets the config and node text of a variant (default {@link MethodVariant#PAPER}). */
        public Builder optVariant(MethodVariant value) {
            this.variant = Objects.requireNonNull(value, "variant");
            this.config = value.config();
            return optNodeText(value.nodeText());
        }

        /** Selection switches (α, k, n, score rule, global mean, FP pool, Z normalisation). */
        public Builder optConfig(SelectionConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** One uncovered-threshold for every class (default: by class text, see {@link TaskMatcher}). */
        public Builder optMinSimilarity(double value) {
            return optMinSimilarity((Double) value);
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
            return new Selector(this, setup());
        }
    }
}
