package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchEnvironment;
import io.mll4j.bench.Metrics;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.combine.ChcoSelector;
import io.mll4j.combine.ClassNodes;
import io.mll4j.combine.LabeledExpert;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.TaskClasses;
import io.mll4j.match.TaskMatching;
import io.mll4j.select.LabeledModel;
import io.mll4j.combine.TaskCombinationModel;
import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationEstimate;
import io.mll4j.expert.CombinationEvaluator;
import io.mll4j.expert.ExpertSelection;
import io.mll4j.expert.HeadCombination;
import io.mll4j.expert.HeadCombinationSelector;
import io.mll4j.expert.HeadConfusion;
import io.mll4j.hub.CostProfile;
import io.mll4j.hub.ModelKind;
import io.mll4j.reuse.EntropyWeightedEnsemble;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One task's paper-A state on the benchmark: its combination model (experts, then VLMs, as {@code mll select
 * --method chco} builds it with the paper variant; classes below the matching threshold keep their best node) and,
 * per head, its log-likelihood terms on the scored images (the confusions are estimated on node images once, so
 * any set of heads is scored by adding terms). VLM heads use the paper's prompt, like MLL's paper variant.
 */
public final class PaperATask {
    /** Prompt of the VLM heads. */
    public static final Prompt PROMPT = MethodVariant.PAPER.prompt();

    private final TaskCombinationModel model;
    private final TaskOutputs vlmOutputs;
    private final BenchContext context;
    private final double[][] terms;
    private final double[] logPrior;

    private PaperATask(BenchContext context, TaskCombinationModel model, TaskOutputs vlmOutputs) {
        this.context = context;
        this.model = model;
        this.vlmOutputs = vlmOutputs;
        this.terms = new double[model.evaluator().headCount()][];
        this.logPrior = model.evaluator().combination().logPrior();
    }

    static PaperATask build(BenchContext context, List<LabeledExpert> experts, List<LabeledModel> vlms) {
        BenchEnvironment env = context.environment();
        ChcoSelector selector = ChcoSelector.builder().setGraph(env.graph()).setHub(env.hub())
                .setLabelStore(env.labels()).setResolver(env.resolver()).setEmbedder(env.embedder())
                .setOpener(env.opener()).optVariant(MethodVariant.PAPER).optAllowUnmatched(true).build();
        TaskMatching matching = selector.match(context.task().toTask());
        TaskClasses classes = ClassNodes.choose(env.graph(), matching, ClassNodes.DEFAULT_MIN_IMAGES);
        List<String> prompts = classes.names().stream().map(PROMPT::of).toList();
        List<float[][]> texts = vlms.stream().map(v -> context.encodeTexts(v.id(), prompts)).toList();
        TaskCombinationModel model = TaskCombinationModel.build(env.graph(), classes, experts, vlms, texts,
                CombinationConfig.defaults(), new TaskCombinationModel.PatchScoring(
                        matching.matching().selectedNodes(), matching.matching().z(), MethodVariant.PAPER.config()));
        return new PaperATask(context, model, context.outputs(PROMPT));
    }

    public TaskCombinationModel model() {
        return model;
    }

    public CombinationEvaluator evaluator() {
        return model.evaluator();
    }

    /** Experts covering at least one task class (evaluator indices, hub order). */
    public int[] coveringExperts() {
        return Arrays.stream(model.experts()).filter(h -> evaluator().head(h).coverage().coversAny()).toArray();
    }

    /** CHCO and the patch within a budget over some experts (the patch only when asked and the hub has VLMs). */
    public ExpertSelection select(Budget budget, boolean patch, int[] experts) {
        HeadCombinationSelector.Builder s = HeadCombinationSelector.builder().setEvaluator(evaluator())
                .setBudget(budget).optExperts(experts);
        if (patch && model.vlms().length > 0) {
            s.optPatchCandidates(model.vlms(), model.vlmScores());
        }
        return s.build().select();
    }

    /** Accuracy of the fused heads on the scored images. */
    public Metrics score(int... heads) {
        return Metrics.of(scores(heads), vlmOutputs.labels(), vlmOutputs.classes());
    }

    /** Fused scores {@code [image][class]} of the heads. */
    public double[][] scores(int... heads) {
        int classes = vlmOutputs.classCount();
        double[][] out = new double[vlmOutputs.images()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = logPrior.clone();
        }
        for (int h : heads) {
            double[] t = terms(h);
            for (int i = 0; i < out.length; i++) {
                for (int y = 0; y < classes; y++) {
                    out[i][y] += t[i * classes + y];
                }
            }
        }
        return out;
    }

    /** Head {@code h}'s log L_h(y) on every scored image, {@code [image * classes + y]}. */
    public synchronized double[] terms(int h) {
        if (terms[h] == null) {
            HeadCombination single = evaluator().combination(h);
            HeadConfusion c = single.confusion(0);
            boolean hard = evaluator().config().rule().isHard();
            double[][] p = outputs(h);
            int classes = vlmOutputs.classCount();
            double[] t = new double[p.length * classes];
            for (int i = 0; i < p.length; i++) {
                System.arraycopy(c.logLikelihoods(c.coverage().project(p[i], hard)), 0, t, i * classes, classes);
            }
            terms[h] = t;
        }
        return terms[h];
    }

    /** The task's true labels (for upper bounds only). */
    int[] labels() {
        return vlmOutputs.labels();
    }

    /** A run of some heads: scored, with what they are used for, their cost and details. */
    public MethodRun run(int[] heads, Map<String, Object> details) {
        return new MethodRun(score(heads), selection(heads), ids(heads), cost(heads), details);
    }

    /** Class → the heads covering it among {@code heads} (a VLM covers every class). */
    public Map<String, List<String>> selection(int[] heads) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int y = 0; y < vlmOutputs.classCount(); y++) {
            int c = y;
            out.put(vlmOutputs.classes().get(y), Arrays.stream(heads)
                    .filter(h -> evaluator().head(h).coverage().covers(c)).mapToObj(h -> evaluator().head(h).id())
                    .toList());
        }
        return out;
    }

    public List<String> ids(int[] heads) {
        return Arrays.stream(heads).mapToObj(h -> evaluator().head(h).id()).toList();
    }

    /** Summed measured ms/image of the heads (unmeasured count 0). */
    public double cost(int[] heads) {
        return Arrays.stream(heads).mapToDouble(h -> {
            CostProfile p = model.entries().get(h).manifest().costProfile();
            return p == null || p.msPerImage() == null ? 0 : p.msPerImage();
        }).sum();
    }

    /** What a selection decided, for the run file. */
    public Map<String, Object> details(ExpertSelection s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("experts", s.chco().ids());
        d.put("patch", s.patch().vlmId());
        d.put("patchDeclined", s.patch().declined());
        d.put("patchClasses", s.patch().patchClasses().stream().map(y -> vlmOutputs.classes().get(y)).toList());
        d.put("weakClasses", s.patch().weakClasses().stream().map(y -> vlmOutputs.classes().get(y)).toList());
        d.put("uncovered", s.uncoveredClasses());
        d.put("estimatedExperts", s.chco().estimate().accuracy());
        d.putAll(estimate(s.estimate()));
        d.put("search", s.chco().method().name().toLowerCase(java.util.Locale.ROOT));
        d.put("setsScored", s.chco().evaluated());
        return d;
    }

    /** The node-image estimate of a set, for the run file (estimated beside measured). */
    public Map<String, Object> estimate(CombinationEstimate e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("estimated", e.accuracy());
        Map<String, Double> perClass = new LinkedHashMap<>();
        for (int y = 0; y < vlmOutputs.classCount(); y++) {
            perClass.put(vlmOutputs.classes().get(y), Double.isNaN(e.accuracy(y)) ? null : e.accuracy(y));
        }
        d.put("estimatedPerClass", perClass);
        return d;
    }

    /** Per head (evaluator order), its probabilities over its labels on the scored images. */
    private double[][] outputs(int h) {
        String id = evaluator().head(h).id();
        if (model.entries().get(h).manifest().kind() == ModelKind.VLM) {
            return vlmOutputs.probabilities()[vlmOutputs.indexOf(id)];
        }
        float[][] logits = context.rawOutputs(id);
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            float[] row = logits[i];
            out[i] = EntropyWeightedEnsemble.softmax(IntStream.range(0, row.length).mapToDouble(l -> row[l]).toArray());
        }
        return out;
    }

    /** Heads as a sorted array (hub order). */
    static int[] sorted(List<Integer> heads) {
        return heads.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static List<Integer> boxed(int[] heads) {
        return new ArrayList<>(Arrays.stream(heads).boxed().toList());
    }
}
