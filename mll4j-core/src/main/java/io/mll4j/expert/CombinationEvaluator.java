package io.mll4j.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The combination model of one task: every candidate head's confusion and per-image log-likelihood terms on the
 * task's node evidence, computed once (lazily, per head) so that any set of heads is scored by adding terms.
 * Head indices are positions in the list given (hub order for experts; VLM heads may follow).
 */
public final class CombinationEvaluator {
    private final TaskClasses task;
    private final TaskEvidence evidence;
    private final List<TaskHead> heads;
    private final CombinationConfig config;
    private final double[] logPrior;
    private final HeadConfusion[] confusions;
    /** Per head, log L_h(y) for every evidence row e at [e * classes + y] (leave-one-out when configured). */
    private final double[][] terms;

    public CombinationEvaluator(TaskClasses task, TaskEvidence evidence, List<TaskHead> heads,
                                CombinationConfig config) {
        if (evidence.classCount() != task.size()) {
            throw new IllegalArgumentException("evidence has " + evidence.classCount() + " classes, task "
                    + task.size());
        }
        for (TaskHead h : heads) {
            if (h.coverage().classCount() != task.size()) {
                throw new IllegalArgumentException("head '" + h.id() + "' covers a task of "
                        + h.coverage().classCount() + " classes, not " + task.size());
            }
        }
        this.task = task;
        this.evidence = evidence;
        this.heads = List.copyOf(heads);
        this.config = config;
        this.logPrior = logPrior(evidence, config.prior());
        this.confusions = new HeadConfusion[heads.size()];
        this.terms = new double[heads.size()][];
    }

    public TaskClasses task() {
        return task;
    }

    public TaskEvidence evidence() {
        return evidence;
    }

    public CombinationConfig config() {
        return config;
    }

    public int headCount() {
        return heads.size();
    }

    public TaskHead head(int h) {
        return heads.get(h);
    }

    /** Head {@code h}'s confusion on the task (estimated on all evidence). */
    public synchronized HeadConfusion confusion(int h) {
        prepare(h);
        return confusions[h];
    }

    /** The estimated accuracy of the heads (by index) fused together; no heads is the uniform guess. */
    public CombinationEstimate estimate(int... headIndices) {
        double[] scores = priorScores();
        for (int h : headIndices) {
            add(scores, h);
        }
        List<String> ids = Arrays.stream(headIndices).mapToObj(h -> heads.get(h).id()).toList();
        return estimateFromScores(ids, scores);
    }

    /** The deployable fusion of the heads (by index), with confusions estimated on all evidence. */
    public HeadCombination combination(int... headIndices) {
        List<String> ids = new ArrayList<>();
        List<HeadConfusion> chosen = new ArrayList<>();
        for (int h : headIndices) {
            ids.add(heads.get(h).id());
            chosen.add(confusion(h));
        }
        return new HeadCombination(task, ids, chosen, logPrior, config.rule().isHard());
    }

    /** Fused scores of no head: the log prior on every evidence row ({@code [rows * classes]}). */
    double[] priorScores() {
        int classes = task.size();
        double[] scores = new double[evidence.size() * classes];
        for (int e = 0; e < evidence.size(); e++) {
            System.arraycopy(logPrior, 0, scores, e * classes, classes);
        }
        return scores;
    }

    /** Adds head {@code h}'s terms to {@code scores} in place. */
    void add(double[] scores, int h) {
        double[] t = terms(h);
        for (int i = 0; i < scores.length; i++) {
            scores[i] += t[i];
        }
    }

    /** Accuracy (the search objective) of {@code base} plus the terms of {@code extra} heads, without allocating. */
    double accuracy(double[] base, int... extra) {
        double[][] added = new double[extra.length][];
        for (int i = 0; i < extra.length; i++) {
            added[i] = terms(extra[i]);
        }
        return score(base, added, null);
    }

    CombinationEstimate estimateFromScores(List<String> ids, double[] scores) {
        double[] perClass = new double[task.size()];
        double accuracy = score(scores, new double[0][], perClass);
        return new CombinationEstimate(ids, accuracy, perClass, evidence.classWeight().clone());
    }

    private double score(double[] base, double[][] added, double[] perClassOut) {
        int classes = task.size();
        double[] earned = new double[classes];
        double[] row = new double[classes];
        for (int e = 0; e < evidence.size(); e++) {
            int offset = e * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < classes; y++) {
                double s = base[offset + y];
                for (double[] t : added) {
                    s += t[offset + y];
                }
                row[y] = s;
                max = Math.max(max, s);
            }
            double tolerance = 1e-9 * Math.max(1, Math.abs(max));
            int truth = evidence.classes()[e];
            if (row[truth] >= max - tolerance) {
                int tied = 0;
                for (double s : row) {
                    tied += s >= max - tolerance ? 1 : 0;
                }
                earned[truth] += evidence.weights()[e] / tied;
            }
        }
        double sum = 0;
        int counted = 0;
        for (int y = 0; y < classes; y++) {
            double acc = evidence.hasEvidence(y) ? earned[y] / evidence.classWeight()[y] : Double.NaN;
            if (perClassOut != null) {
                perClassOut[y] = acc;
            }
            if (!Double.isNaN(acc)) {
                sum += acc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private synchronized double[] terms(int h) {
        prepare(h);
        return terms[h];
    }

    private void prepare(int h) {
        if (terms[h] != null) {
            return;
        }
        TaskHead head = heads.get(h);
        boolean hard = config.rule().isHard();
        double[][] outcomes = new double[evidence.size()][];
        for (int e = 0; e < outcomes.length; e++) {
            outcomes[e] = head.coverage().project(head.nodeImageOutputs().apply(evidence.images()[e]), hard);
        }
        HeadConfusion confusion = new HeadConfusion(head.coverage(), evidence, outcomes, config);
        int classes = task.size();
        double[] t = new double[evidence.size() * classes];
        for (int e = 0; e < outcomes.length; e++) {
            double[] ll = config.leaveOneOut()
                    ? confusion.leaveOneOutLogLikelihoods(outcomes[e], evidence.classes()[e], evidence.weights()[e])
                    : confusion.logLikelihoods(outcomes[e]);
            for (int y = 0; y < classes; y++) {
                t[e * classes + y] = ll[y];
            }
        }
        confusions[h] = confusion;
        terms[h] = t;
    }

    private static double[] logPrior(TaskEvidence evidence, ClassPrior prior) {
        double[] log = new double[evidence.classCount()];
        if (prior == ClassPrior.EVIDENCE) {
            double total = Arrays.stream(evidence.classWeight()).sum();
            for (int y = 0; y < log.length; y++) {
                log[y] = Math.log(Math.max(evidence.classWeight()[y] / total, FusionRule.MIN_PROBABILITY));
            }
        }
        return log;
    }
}
