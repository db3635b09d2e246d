package io.mll4j.expert;

import io.mll4j.select.ReuseScores;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper A's patch: classes the chosen heads leave uncovered (or cover below τ) go to one general VLM, chosen by
 * paper-B selection — the VLM with the highest mean reuse score r[m, y] over those classes (ties: earlier in hub
 * order). The VLM then joins the fusion as one more head over all task classes when its reuse score is above the
 * policy's minimum on some patch class. It <em>covers</em> an uncovered class only when its reuse score on it is above
 * that minimum and, by default, its estimated accuracy alone on the class's node evidence is above chance: otherwise
 * the class is reported uncovered (the VLM still votes, but nothing shows it knows the class).
 */
public final class PatchPlanner {
    private PatchPlanner() {
    }

    /**
     * Plans the patch of a chosen head set.
     *
     * @param evaluator the task's combination model (holding the experts and the VLM candidates)
     * @param chosen    the chosen expert heads
     * @param estimate  their estimated accuracy (per class)
     * @param vlmHeads  evaluator indices of the VLM candidates, in hub order (may be empty)
     * @param scores    paper-B reuse scores of those VLMs for the task classes ({@code [vlmHeads][classes]}),
     *                  or {@code null} when there are no VLMs
     * @param policy    τ and the minimum reuse score
     * @return the plan
     */
    public static PatchPlan plan(CombinationEvaluator evaluator, int[] chosen, CombinationEstimate estimate,
                                 int[] vlmHeads, ReuseScores scores, PatchPolicy policy) {
        int classes = evaluator.task().size();
        if (vlmHeads.length > 0 && (scores == null || scores.scores().length != vlmHeads.length)) {
            throw new IllegalArgumentException("need one row of reuse scores per VLM candidate (" + vlmHeads.length
                    + "), got " + (scores == null ? "none" : scores.scores().length));
        }
        boolean[] covered = new boolean[classes];
        for (int h : chosen) {
            for (int y = 0; y < classes; y++) {
                covered[y] |= evaluator.head(h).coverage().covers(y);
            }
        }
        List<Integer> patch = new ArrayList<>();
        List<Integer> weak = new ArrayList<>();
        for (int y = 0; y < classes; y++) {
            // NaN (no evidence) is not below τ: an unmeasured class is not sent to the patch on a guess.
            boolean isWeak = covered[y] && estimate.accuracy(y) < policy.tau();
            if (!covered[y] || isWeak) {
                patch.add(y);
            }
            if (isWeak) {
                weak.add(y);
            }
        }
        int best = patch.isEmpty() ? -1 : bestVlm(scores, vlmHeads.length, patch, classes);
        double[] bestScores = best < 0 ? null : scores.scores()[best];
        if (bestScores != null && patch.stream().noneMatch(y -> bestScores[y] > policy.minReuseScore())) {
            best = -1; // the best VLM has no evidence for any patch class: it would only add noise
        }
        int row = best;
        boolean[] can = row < 0 ? new boolean[classes] : canPatch(evaluator, vlmHeads[row], scores.scores()[row], policy);
        List<Integer> uncovered = patch.stream().filter(y -> !covered[y] && !can[y]).toList();
        return new PatchPlan(patch, weak, row < 0 ? -1 : vlmHeads[row],
                row < 0 ? null : evaluator.head(vlmHeads[row]).id(), uncovered);
    }

    /** Per class, whether the VLM has evidence for it: reuse score above the minimum, and (if asked) above chance. */
    private static boolean[] canPatch(CombinationEvaluator evaluator, int vlmHead, double[] reuseScores,
                                      PatchPolicy policy) {
        int classes = reuseScores.length;
        CombinationEstimate alone = policy.aboveChance() ? evaluator.estimate(vlmHead) : null;
        boolean[] can = new boolean[classes];
        for (int y = 0; y < classes; y++) {
            // NaN (no evidence for the class): only the reuse score can speak for the VLM
            boolean aboveChance = alone == null || Double.isNaN(alone.accuracy(y))
                    || alone.accuracy(y) > 1.0 / classes + 1e-12;
            can[y] = reuseScores[y] > policy.minReuseScore() && aboveChance;
        }
        return can;
    }

    private static int bestVlm(ReuseScores scores, int models, List<Integer> patch, int classes) {
        int best = -1;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < models; m++) {
            if (scores.scores()[m].length != classes) {
                throw new IllegalArgumentException("reuse scores of VLM " + m + " cover " + scores.scores()[m].length
                        + " classes, the task " + classes);
            }
            double[] row = scores.scores()[m];
            double mean = patch.stream().mapToDouble(y -> row[y]).average().orElse(0);
            if (mean > bestMean) {
                bestMean = mean;
                best = m;
            }
        }
        return best;
    }
}
