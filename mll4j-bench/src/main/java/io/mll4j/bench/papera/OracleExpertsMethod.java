package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.expert.Budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Upper bound: the subset of heads whose fusion is most accurate on the test images themselves (it reads the
 * labels). Candidates are CHCO's heads, the other covering experts and the VLMs, at most {@value #MAX_CANDIDATES}
 * ({@link #candidates}), every subset enumerated; ties go to fewer heads, then the earlier subset.
 */
public final class OracleExpertsMethod extends PaperAMethod {
    /** Most candidates enumerated (2^14 subsets). */
    public static final int MAX_CANDIDATES = 14;
    /** Candidates filled with experts before VLMs are added. */
    static final int EXPERT_SLOTS = 11;

    public OracleExpertsMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "oracle-experts";
    }

    @Override
    public String description() {
        return "upper bound: the subset of experts and VLMs whose fusion is best on the test labels";
    }

    @Override
    public boolean upperBound() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        int[] candidates = candidates(t);
        int classes = t.model().task().size();
        int[] labels = t.labels();
        double[] prior = t.evaluator().combination().logPrior();
        double[][] buffers = new double[candidates.length + 1][labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            System.arraycopy(prior, 0, buffers[0], i * classes, classes);
        }
        Best best = new Best();
        search(t, candidates, 0, new ArrayList<>(), buffers, labels, classes, best);
        int[] heads = best.heads.stream().mapToInt(c -> candidates[c]).sorted().toArray();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidates", t.ids(candidates));
        details.put("subsets", 1L << candidates.length);
        details.putAll(t.estimate(t.evaluator().estimate(heads)));
        return t.run(heads, details);
    }

    private static final class Best {
        int correct = -1;
        List<Integer> heads = List.of();
    }

    /** Depth-first over subsets in candidate order; buffers[d] holds the fused scores of the current prefix set. */
    private static void search(PaperATask t, int[] candidates, int from, List<Integer> chosen, double[][] buffers,
                               int[] labels, int classes, Best best) {
        double[] scores = buffers[chosen.size()];
        int correct = correct(scores, labels, classes);
        if (correct > best.correct || (correct == best.correct && chosen.size() < best.heads.size())) {
            best.correct = correct;
            best.heads = List.copyOf(chosen);
        }
        for (int c = from; c < candidates.length; c++) {
            double[] next = buffers[chosen.size() + 1];
            double[] terms = t.terms(candidates[c]);
            for (int i = 0; i < next.length; i++) {
                next[i] = scores[i] + terms[i];
            }
            chosen.add(c);
            search(t, candidates, c + 1, chosen, buffers, labels, classes, best);
            chosen.removeLast();
        }
    }

    /** Images whose true class scores highest (ties: the earlier class, as the metrics count them). */
    private static int correct(double[] scores, int[] labels, int classes) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int o = i * classes;
            int top = 0;
            for (int y = 1; y < classes; y++) {
                if (scores[o + y] > scores[o + top]) {
                    top = y;
                }
            }
            correct += top == labels[i] ? 1 : 0;
        }
        return correct;
    }

    /**
     * CHCO's final heads (so the bound is never below CHCO), then the other covering experts by estimated accuracy
     * up to {@value #EXPERT_SLOTS} heads, then VLMs by mean reuse score, then experts again, {@value #MAX_CANDIDATES}
     * in all.
     */
    private static int[] candidates(PaperATask t) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>(AllExpertsMethod.list(
                t.select(Budget.models(Integer.MAX_VALUE), true, t.model().experts()).heads()));
        List<Integer> experts = new ArrayList<>(AllExpertsMethod.list(t.coveringExperts()));
        experts.sort(Comparator.comparingDouble(h -> -t.evaluator().estimate(h).accuracy()));
        int[] vlms = t.model().vlms();
        List<Integer> ranked = new ArrayList<>(IntStream.range(0, vlms.length).boxed().toList());
        double[][] r = t.model().vlmScores() == null ? new double[vlms.length][1] : t.model().vlmScores().scores();
        ranked.sort(Comparator.comparingDouble(m -> -java.util.Arrays.stream(r[m]).average().orElse(0)));
        fill(out, experts, EXPERT_SLOTS);
        fill(out, ranked.stream().map(m -> vlms[m]).toList(), MAX_CANDIDATES);
        fill(out, experts, MAX_CANDIDATES);
        return PaperATask.sorted(new ArrayList<>(out));
    }

    private static void fill(java.util.Set<Integer> out, List<Integer> from, int upTo) {
        for (int h : from) {
            if (out.size() >= upTo) {
                return;
            }
            out.add(h);
        }
    }
}
