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
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelOpener;
import io.mll4j.label.LabelStore;
import io.mll4j.match.ClassText;
import io.mll4j.match.TaskMatcher;
import io.mll4j.match.TaskMatching;
import io.mll4j.model.TextEmbedder;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.LabeledModels;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionConfig;
import io.mll4j.task.ClassResolver;
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

    private ChcoSelector(Builder b) {
        this.b = b;
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
        return select(task, matching, model(matching));
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
        return select(task, matching, model(matching, experts, vlms));
    }

    private ChcoReport select(Task task, TaskMatching matching, TaskCombinationModel model) {
        ExpertSelection selection = selector(model).select();
        return new ChcoReportAssembler(b.graph, model, matching, selection, b.budget, b.patch).assemble(task,
                new ChcoReport.Provenance(b.graph.version(), b.graph.size(), model.labels(), b.config, b.policy,
                        b.patchSelection, matching.settings(), b.prompt, java.time.Instant.now().toString(),
                        version()));
    }

    /** Paper B's matching of the task's classes to nodes, with the uncovered check unless allowed. */
    public TaskMatching match(Task task) {
        TaskMatcher.Builder matcher = TaskMatcher.builder().setGraph(b.graph).setEmbedder(b.embedder)
                .setResolver(b.resolver).optNodeText(b.nodeText).optClassText(b.classText)
                .optTopNodes(b.patchSelection.topNodes());
        if (b.minSimilarity != null) {
            matcher.optMinSimilarity(b.minSimilarity);
        }
        TaskMatching matching = matcher.build().match(task);
        return b.allowUnmatched ? matching : matching.requireCovered();
    }

    /** The task's combination model: every candidate expert, then every VLM that may patch. */
    public TaskCombinationModel model(TaskMatching matching) {
        return model(matching, LabeledExperts.load(b.hub, new ExpertLabelStore(b.store.root()), b.graph, b.experts),
                b.patch ? vlms() : List.of());
    }

    /** The task's combination model over candidates the caller loaded (expert and VLM labels of this graph). */
    public TaskCombinationModel model(TaskMatching matching, List<LabeledExpert> experts, List<LabeledModel> vlms) {
        TaskClasses classes = ClassNodes.choose(b.graph, matching, b.minNodeImages);
        List<float[][]> texts = new ArrayList<>();
        List<String> prompts = classes.names().stream().map(b.prompt::of).toList();
        for (LabeledModel v : vlms) {
            texts.add(b.opener.vlm(v.entry()).encodeTexts(prompts));
        }
        return TaskCombinationModel.build(b.graph, classes, experts, vlms, texts, b.config,
                new TaskCombinationModel.PatchScoring(matching.matching().selectedNodes(), matching.matching().z(),
                        b.patchSelection));
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
        List<LabeledModel> vlms = LabeledModels.load(b.hub, b.store, b.graph, b.nodeText, vlmIds);
        List<String> prompts = classes.names().stream().map(b.prompt::of).toList();
        List<float[][]> texts = vlms.stream().map(v -> b.opener.vlm(v.entry()).encodeTexts(prompts)).toList();
        TaskCombinationModel model = TaskCombinationModel.build(b.graph, classes, List.of(), vlms, texts, b.config,
                null);
        return CombinationSpec.of(model.evaluator().combination(model.vlms()), b.config.rule(), b.prompt,
                new java.util.HashSet<>(vlmIds));
    }

    private List<LabeledModel> vlms() {
        boolean any = b.hub.list().stream().anyMatch(e -> e.manifest().kind() == ModelKind.VLM);
        return any || !b.vlms.isEmpty() ? LabeledModels.load(b.hub, b.store, b.graph, b.nodeText, b.vlms) : List.of();
    }

    private static String version() {
        String v = ChcoSelector.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@code set*} required, {@code opt*} optional; {@link #optVariant} first, then individual switches. */
    public static final class Builder {
        private SemanticGraph graph;
        private ModelHub hub;
        private LabelStore store;
        private ClassResolver resolver;
        private TextEmbedder embedder;
        private ModelOpener opener;
        private NodeText nodeText = MethodVariant.PAPER.nodeText();
        private SelectionConfig patchSelection = MethodVariant.PAPER.config();
        private Prompt prompt = MethodVariant.PAPER.prompt();
        private ClassText classText = ClassText.WORDNET;
        private Double minSimilarity;
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

        public Builder setGraph(SemanticGraph value) {
            this.graph = value;
            return this;
        }

        public Builder setHub(ModelHub value) {
            this.hub = value;
            return this;
        }

        /** The hub's labels (VLM labels; expert labels are read from the same root). */
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

        /** Opens the VLM candidates (their text towers embed the class texts). */
        public Builder setOpener(ModelOpener value) {
            this.opener = value;
            return this;
        }

        /** Node text, paper-B switches for scoring patch VLMs, and prompt of a paper-B variant (default PAPER). */
        public Builder optVariant(MethodVariant value) {
            this.nodeText = value.nodeText();
            this.patchSelection = value.config();
            this.prompt = value.prompt();
            return this;
        }

        public Builder optNodeText(NodeText value) {
            this.nodeText = Objects.requireNonNull(value, "nodeText");
            return this;
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

        public Builder optClassText(ClassText value) {
            this.classText = Objects.requireNonNull(value, "classText");
            return this;
        }

        public Builder optMinSimilarity(Double value) {
            this.minSimilarity = value;
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
            Objects.requireNonNull(graph, "graph is required (setGraph)");
            Objects.requireNonNull(hub, "hub is required (setHub)");
            Objects.requireNonNull(store, "store is required (setLabelStore)");
            Objects.requireNonNull(resolver, "resolver is required (setResolver)");
            Objects.requireNonNull(embedder, "embedder is required (setEmbedder)");
            Objects.requireNonNull(opener, "opener is required (setOpener)");
            return new ChcoSelector(this);
        }
    }
}
