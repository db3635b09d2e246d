package io.mll4j.expert;

import io.mll4j.select.ReuseScores;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Paper A end to end on one task's combination model: CHCO over the expert heads under a budget, then the VLM
 * patch (chosen by paper-B reuse scores) for what they leave uncovered or weak, fused with them when it raises the
 * estimate (see {@link PatchPolicy#requireGain()}). The patch is not counted in the expert budget.
 */
public final class HeadCombinationSelector {
    private final CombinationEvaluator evaluator;
    private final Budget budget;
    private final int[] experts;
    private final int[] vlms;
    private final ReuseScores vlmScores;
    private final PatchPolicy policy;
    private final SearchMethod method;

    private HeadCombinationSelector(Builder b) {
        this.evaluator = b.evaluator;
        this.budget = b.budget;
        this.vlms = b.vlms;
        this.vlmScores = b.vlmScores;
        this.experts = b.experts != null ? b.experts : IntStream.range(0, evaluator.headCount())
                .filter(h -> Arrays.stream(vlms).noneMatch(v -> v == h)).toArray();
        this.policy = b.policy;
        this.method = b.method;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs CHCO and plans the patch; check {@link ExpertSelection#requireComplete()} before reuse. */
    public ExpertSelection select() {
        ChcoResult chco = Chco.builder().setEvaluator(evaluator).setBudget(budget).optCandidates(experts)
                .optMethod(method).build().search();
        PatchPlan patch = PatchPlanner.plan(evaluator, chco.heads(), chco.estimate(), vlms, vlmScores, policy);
        int[] heads = chco.heads();
        CombinationEstimate estimate = chco.estimate();
        if (patch.hasPatch()) {
            int[] withVlm = IntStream.concat(Arrays.stream(chco.heads()), IntStream.of(patch.vlmHead())).toArray();
            CombinationEstimate patched = evaluator.estimate(withVlm);
            // NaN (no evidence to judge by) keeps the VLM
            if (policy.requireGain() && patched.accuracy() <= estimate.accuracy() + HeadSet.TIE) {
                patch = patch.withoutVlm(String.format(java.util.Locale.ROOT, "%s would not raise the estimate "
                        + "(%.4f with it, %.4f without)", patch.vlmId(), patched.accuracy(), estimate.accuracy()));
            } else {
                heads = withVlm;
                estimate = patched;
            }
        }
        return new ExpertSelection(chco, patch, heads, estimate, CoverageReport.of(evaluator, heads),
                evaluator.task());
    }

    /** Builder: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private CombinationEvaluator evaluator;
        private Budget budget;
        private int[] experts;
        private int[] vlms = new int[0];
        private ReuseScores vlmScores;
        private PatchPolicy policy = PatchPolicy.defaults();
        private SearchMethod method = SearchMethod.AUTO;

        private Builder() {
        }

        /** The task's combination model, holding the expert heads and any VLM patch candidates. */
        public Builder setEvaluator(CombinationEvaluator value) {
            this.evaluator = value;
            return this;
        }

        /** The expert budget (the patch VLM is not counted). */
        public Builder setBudget(Budget value) {
            this.budget = value;
            return this;
        }

        /** Expert heads CHCO may choose (default: every head that is not a VLM candidate). */
        public Builder optExperts(int... value) {
            this.experts = value.clone();
            return this;
        }

        /**
         * VLM patch candidates and their paper-B reuse scores for the task classes (one row per candidate, hub
         * order). Without them, uncovered classes stay uncovered.
         */
        public Builder optPatchCandidates(int[] heads, ReuseScores scores) {
            this.vlms = heads.clone();
            this.vlmScores = Objects.requireNonNull(scores, "scores");
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

        public HeadCombinationSelector build() {
            Objects.requireNonNull(evaluator, "evaluator is required (setEvaluator)");
            Objects.requireNonNull(budget, "budget is required (setBudget)");
            return new HeadCombinationSelector(this);
        }
    }
}
