package io.mll4j.expert;

import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.util.ArrayList;
import java.util.List;

/**
 * A chosen set of heads fused by naive Bayes over their confusions: score(y) = log π_y + Σ_h log L_h(y | output_h),
 * ŷ = argmax. Heads that do not cover a class still vote on it through their pooled "not one of mine" row, so
 * experts and a VLM patch decide together. Immutable; built by {@link CombinationEvaluator#combination}.
 */
public final class HeadCombination {
    private final TaskClasses task;
    private final List<String> ids;
    private final List<HeadConfusion> confusions;
    private final double[] logPrior;
    private final boolean hard;

    HeadCombination(TaskClasses task, List<String> ids, List<HeadConfusion> confusions, double[] logPrior,
                    boolean hard) {
        this.task = task;
        this.ids = List.copyOf(ids);
        this.confusions = List.copyOf(confusions);
        this.logPrior = logPrior.clone();
        this.hard = hard;
    }

    /**
     * A combination from its parts (a stored one): heads fuse as when the combination was estimated.
     *
     * @param task       the task's classes
     * @param ids        head ids, in the order outputs will be passed to {@link #predict}
     * @param confusions per head, its confusion ({@link HeadConfusion#ofRows}), all with one fusion rule
     * @param logPrior   log π_y per class
     * @return the combination
     */
    public static HeadCombination of(TaskClasses task, List<String> ids, List<HeadConfusion> confusions,
                                     double[] logPrior) {
        if (ids.size() != confusions.size()) {
            throw new IllegalArgumentException(ids.size() + " head ids for " + confusions.size() + " confusions");
        }
        if (logPrior.length != task.size()) {
            throw new IllegalArgumentException("log prior has " + logPrior.length + " classes, task " + task.size());
        }
        FusionRule rule = confusions.isEmpty() ? FusionRule.SOFT : confusions.getFirst().rule();
        for (HeadConfusion c : confusions) {
            if (c.classCount() != task.size() || c.rule() != rule) {
                throw new IllegalArgumentException("every head must have one row per task class (" + task.size()
                        + ") and the same fusion rule (" + rule + ")");
            }
        }
        return new HeadCombination(task, ids, confusions, logPrior, rule.isHard());
    }

    /** log π_y per class, a copy. */
    public double[] logPrior() {
        return logPrior.clone();
    }

    /** Number of heads. */
    public int size() {
        return ids.size();
    }

    public TaskClasses task() {
        return task;
    }

    /** Head ids, in combination order (the order outputs are passed to {@link #predict}). */
    public List<String> ids() {
        return ids;
    }

    /** Head {@code h}'s confusion (coverage and rows). */
    public HeadConfusion confusion(int h) {
        return confusions.get(h);
    }

    /** Classes no head of this combination covers, in task order. */
    public List<Integer> uncoveredClasses() {
        List<Integer> out = new ArrayList<>();
        for (int y = 0; y < task.size(); y++) {
            int c = y;
            if (confusions.stream().noneMatch(h -> h.coverage().covers(c))) {
                out.add(y);
            }
        }
        return out;
    }

    /**
     * Classifies one image.
     *
     * @param labelProbabilities per head in combination order, its probabilities over its own labels
     *                           (expert: softmax over the head; VLM: zero-shot probabilities over the task classes)
     * @return the prediction with per-head contributions
     */
    public FusedPrediction predict(List<double[]> labelProbabilities) {
        if (labelProbabilities.size() != confusions.size()) {
            throw new IllegalArgumentException(labelProbabilities.size() + " head outputs for a combination of "
                    + confusions.size() + " heads " + ids);
        }
        double[] scores = logPrior.clone();
        double[][] contributions = new double[confusions.size()][];
        for (int h = 0; h < contributions.length; h++) {
            HeadConfusion c = confusions.get(h);
            contributions[h] = c.logLikelihoods(c.coverage().project(labelProbabilities.get(h), hard));
            for (int y = 0; y < scores.length; y++) {
                scores[y] += contributions[h][y];
            }
        }
        return new FusedPrediction(EntropyWeightedEnsemble.argmax(scores), scores,
                EntropyWeightedEnsemble.softmax(scores), contributions);
    }
}
