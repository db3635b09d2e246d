package io.mll4j.combine;

import io.mll4j.exception.TaskException;
import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.ExpertLabelStore;
import io.mll4j.expert.ExpertSelection;
import io.mll4j.expert.HeadCombinationSelector;
import io.mll4j.expert.PatchPolicy;
import io.mll4j.expert.SearchMethod;
import io.mll4j.expert.TaskClasses;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelOpener;
import io.mll4j.match.TaskMatching;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionBuilder;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionSetup;
import io.mll4j.task.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Paper A's selection on a hub, from class names (the counterpart of paper B's {@code Selector}): match the classes
 * to graph nodes with paper B's matcher (each class takes one of its nodes, {@link ClassNodes}), build the task's combination model from
 * the stored expert and VLM labels, run CHCO over the experts within the budget, patch what they leave uncovered or
 * weak with the VLM paper-B selection scores best, and report it all.
 * <pre>{@code
 * ChcoReport report = ChcoSelector.builder().setGraph(graph).setHub(hub).setLabelStore(labels)
 *         .setResolver(resolver).setEmbedder(minilm).setOpener(models).optBudget(Budget.models(3))
 *         .build().select(Task.of(List.of("cat", "dog", "sneaker")));
 * report.requireComplete();   // UncoveredClassException naming what nothing covers
 * }</pre>
 */
public final class ChcoSelector {
    private final Builder b;
    private final SelectionSetup setup;

    private ChcoSelector(Builder b, SelectionSetup setup) {
        this.b = b;
        this.setup = setup;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Selects heads for a task; uncovered classes are reported, not thrown ({@link ChcoReport#requireComplete()}).
     *
     * @throws TaskException when the task is invalid, a class matches no graph node well enough, or a class is left
     *                       without a node of its own ({@link ClassNodes})
     * @throws io.mll4j.exception.HubException when a candidate has no label for this graph
     */
    public ChcoReport select(Task task) {
        TaskMatching matching = match(task);
        return select(task, matching, LabeledExperts.load(setup.hub(), new ExpertLabelStore(setup.store().root()),
                setup.graph(), b.experts), b.patch ? vlms() : List.of());
    }

    /**
     * Selects heads for a task from candidates the caller loaded (a server keeps labels in memory across tasks),
     * as {@link #select(Task)} does with the stored labels of this selector's candidates.
     *
     * @param task     the task
     * @param matching its matching ({@link #match})
     * @param experts  the expert candidates, hub order
     * @param vlms     the patch candidates, hub order (empty: no patch)
     */
    public ChcoReport select(Task task, TaskMatching matching, List<LabeledExpert> experts, List<LabeledModel> vlms) {
        TaskCombinationModel model = model(matching, experts, vlms);
        ExpertSelection selection = selector(model).select();
        // Fallback only: a label above a class answers for it when no head has a label at or below its node and the
        // patch did not take it, so that "tabby cat" is not left without a model while a "cat" head exists.
        java.util.Set<Integer> generalised = b.config.generalize() == 0 ? java.util.Set.of()
                : noHeadCovers(model, selection.patch().uncovered());
        if (!generalised.isEmpty()) {
            model = model(matching, experts, vlms, generalised);
            selection = selector(model).select();
        }
        ChcoReport.Provenance provenance = new ChcoReport.Provenance(setup.graph().version(), setup.graph().size(),
                model.labels(), b.config, b.policy, b.patchSelection, matching.settings(), b.prompt,
                java.time.Instant.now().toString(), version());
        return new ChcoReportAssembler(setup.graph(), model, matching, selection, b.budget, b.patch, generalised)
                .assemble(task, provenance);
    }

    /** The classes among {@code uncovered} that no candidate expert covers at all (chosen or not). */
    private static java.util.Set<Integer> noHeadCovers(TaskCombinationModel model, List<Integer> uncovered) {
        return uncovered.stream().filter(y -> java.util.Arrays.stream(model.experts())
                .noneMatch(h -> model.evaluator().head(h).coverage().covers(y)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Paper B's matching of the task's classes to nodes, with the uncovered check unless allowed. */
    public TaskMatching match(Task task) {
        TaskMatching matching = setup.matcher(b.patchSelection.topNodes()).match(task);
        return b.allowUnmatched ? matching : matching.requireCovered();
    }

    /** The task's combination model: every candidate expert, then every VLM that may patch. */
    public TaskCombinationModel model(TaskMatching matching) {
        return model(matching, LabeledExperts.load(setup.hub(), new ExpertLabelStore(setup.store().root()),
                setup.graph(), b.experts), b.patch ? vlms() : List.of());
    }

    /** The task's combination model over candidates the caller loaded (expert and VLM labels of this graph). */
    public TaskCombinationModel model(TaskMatching matching, List<LabeledExpert> experts, List<LabeledModel> vlms) {
        return model(matching, experts, vlms, java.util.Set.of());
    }

    private TaskCombinationModel model(TaskMatching matching, List<LabeledExpert> experts, List<LabeledModel> vlms,
                                       java.util.Set<Integer> generalizable) {
        TaskClasses classes = ClassNodes.choose(setup.graph(), matching, b.minNodeImages);
        List<float[][]> texts = new ArrayList<>();
        List<String> prompts = classes.names().stream().map(b.prompt::of).toList();
        for (LabeledModel v : vlms) {
            texts.add(b.opener.vlm(v.entry()).encodeTexts(prompts));
        }
        return TaskCombinationModel.build(setup.graph(), classes, experts, vlms, texts, b.config,
                new TaskCombinationModel.PatchScoring(matching.matching().selectedNodes(), matching.matching().z(),
                        b.patchSelection), generalizable);
    }

    /** CHCO and the patch on a built model, with this selector's budget, policy and search. */
    public HeadCombinationSelector selector(TaskCombinationModel model) {
        HeadCombinationSelector.Builder s = HeadCombinationSelector.builder().setEvaluator(model.evaluator())
                .setBudget(b.budget).optExperts(model.experts()).optPolicy(b.policy).optMethod(b.method);
        if (model.vlms().length > 0) {
            s.optPatchCandidates(model.vlms(), model.vlmScores());
        }
        return s.build();
    }

    /**
     * Paper A's fusion over VLM heads only (beyond the papers): the naive-Bayes combination of the given VLMs, their
     * confusions estimated on the classes' node evidence, every VLM voting on every class. An alternative to paper
     * B's entropy weighting for a paper-B selection.
     *
     * @param classes the task's classes on their nodes (e.g. each class's first node in a paper-B report)
     * @param vlmIds  the VLMs to fuse (e.g. every model a paper-B selection chose)
     * @return the combination
     */
    public CombinationSpec fuseVlms(TaskClasses classes, List<String> vlmIds) {
        List<LabeledModel> vlms = setup.labeledVlms(vlmIds);
        List<String> prompts = classes.names().stream().map(b.prompt::of).toList();
        List<float[][]> texts = vlms.stream().map(v -> b.opener.vlm(v.entry()).encodeTexts(prompts)).toList();
        TaskCombinationModel model = TaskCombinationModel.build(setup.graph(), classes, List.of(), vlms, texts,
                b.config, null);
        return CombinationSpec.of(model.evaluator().combination(model.vlms()), b.config.rule(), b.prompt,
                new java.util.HashSet<>(vlmIds));
    }

    private List<LabeledModel> vlms() {
        boolean any = setup.hub().list().stream().anyMatch(e -> e.manifest().kind() == ModelKind.VLM);
        return any || !b.vlms.isEmpty() ? setup.labeledVlms(b.vlms) : List.of();
    }

    private static String version() {
        String v = ChcoSelector.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * {@code set*} required, {@code opt*} optional; {@link #optVariant} first, then individual switches. The label
     * store holds the VLM labels; expert labels are read from the same root.
     */
    public static final class Builder extends SelectionBuilder<Builder> {
        private ModelOpener opener;
        private SelectionConfig patchSelection = MethodVariant.PAPER.config();
        private Prompt prompt = MethodVariant.PAPER.prompt();
        private CombinationConfig config = CombinationConfig.defaults();
        private Budget budget = Budget.models(Integer.MAX_VALUE);
        private PatchPolicy policy = PatchPolicy.defaults();
        private SearchMethod method = SearchMethod.AUTO;
        private boolean patch = true;
        private boolean allowUnmatched;
        private int minNodeImages = ClassNodes.DEFAULT_MIN_IMAGES;
        private List<String> experts = List.of();
        private List<String> vlms = List.of();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Opens the VLM candidates (their text towers embed the class texts). */
        public Builder setOpener(ModelOpener value) {
            this.opener = value;
            return this;
        }

        /** Node text, paper-B switches for scoring patch VLMs, and prompt of a paper-B variant (default PAPER). */
        public Builder optVariant(MethodVariant value) {
            this.patchSelection = value.config();
            this.prompt = value.prompt();
            return optNodeText(value.nodeText());
        }

        /** Paper-B switches used to score the patch VLMs (α, n, score rule, …). */
        public Builder optPatchSelection(SelectionConfig value) {
            this.patchSelection = Objects.requireNonNull(value, "patchSelection");
            return this;
        }

        /** How VLM heads write class names. */
        public Builder optPrompt(Prompt value) {
            this.prompt = Objects.requireNonNull(value, "prompt");
            return this;
        }

        /** The combination settings (γ, fusion rule, λ, …; default {@link CombinationConfig#defaults()}). */
        public Builder optConfig(CombinationConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The expert budget (default: no limit; CHCO stops when no head raises the estimate). */
        public Builder optBudget(Budget value) {
            this.budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        public Builder optPolicy(PatchPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        public Builder optMethod(SearchMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /** Whether a VLM may patch (default true). */
        public Builder optPatch(boolean value) {
            this.patch = value;
            return this;
        }

        /**
         * Use each class's best node even when it is below the matching threshold (the benchmark's choice, as paper
         * B's {@code --allow-uncovered}); default false: such a task fails naming the classes.
         */
        public Builder optAllowUnmatched(boolean value) {
            this.allowUnmatched = value;
            return this;
        }

        /** Least images of a class's preferred node ({@link ClassNodes}; default 10, 0: the best-matched node). */
        public Builder optMinNodeImages(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("minNodeImages must be >= 0, got " + value);
            }
            this.minNodeImages = value;
            return this;
        }

        /** Expert candidates (default: every expert of the hub). */
        public Builder optExperts(List<String> value) {
            this.experts = List.copyOf(value);
            return this;
        }

        /** Patch candidates (default: every VLM of the hub). */
        public Builder optVlms(List<String> value) {
            this.vlms = List.copyOf(value);
            return this;
        }

        public ChcoSelector build() {
            SelectionSetup setup = setup();
            Objects.requireNonNull(opener, "opener is required (setOpener)");
            return new ChcoSelector(this, setup);
        }
    }
}
