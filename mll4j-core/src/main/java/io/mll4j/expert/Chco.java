package io.mll4j.expert;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * CHCO, Classification Head Combination Optimization (paper A): chooses the set of heads whose fused estimated
 * accuracy on the task's node evidence is highest within a budget. Exact over every set within the budget when
 * there are few candidates, greedy forward selection with a one-step (pair) lookahead otherwise. Deterministic:
 * ties follow {@link HeadSet}'s order.
 */
public final class Chco {
    /** Up to this many candidates the search is exact by default (2^12 = 4096 sets at most). */
    public static final int DEFAULT_EXACT_LIMIT = 12;

    private final CombinationEvaluator evaluator;
    private final Budget budget;
    private final int[] candidates;
    private final SearchMethod method;
    private final int exactLimit;
    private final double minGain;

    private Chco(Builder b) {
        this.evaluator = b.evaluator;
        this.budget = b.budget;
        this.candidates = b.candidates;
        this.method = b.method;
        this.exactLimit = b.exactLimit;
        this.minGain = b.minGain;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the search. */
    public ChcoResult search() {
        List<String> skipped = new ArrayList<>();
        double[] costs = new double[evaluator.headCount()];
        List<Integer> usable = new ArrayList<>();
        int[] pool = candidates != null ? candidates
                : java.util.stream.IntStream.range(0, evaluator.headCount()).toArray();
        for (int h : pool) {
            TaskHead head = evaluator.head(h);
            costs[h] = head.msPerImage() == null ? Double.POSITIVE_INFINITY : head.msPerImage();
            if (!head.coverage().coversAny()) {
                skipped.add(head.id() + ": covers no task class");
            } else if (budget.limitsCost() && head.msPerImage() == null) {
                skipped.add(head.id() + ": no measured ms/image under a cost budget");
            } else if (!budget.allows(1, budget.limitsCost() ? costs[h] : 0)) {
                skipped.add(head.id() + ": alone exceeds the budget (" + head.msPerImage() + " ms/image)");
            } else {
                usable.add(h);
            }
        }
        int[] usableHeads = usable.stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean exact = method == SearchMethod.EXACT || (method == SearchMethod.AUTO && usableHeads.length <= exactLimit);
        BitSet[] coverage = new BitSet[evaluator.headCount()];
        for (int h = 0; h < coverage.length; h++) {
            coverage[h] = new BitSet();
            for (int y = 0; y < evaluator.task().size(); y++) {
                if (evaluator.head(h).coverage().covers(y)) {
                    coverage[h].set(y);
                }
            }
        }
        Search search = exact ? new ExactSearch(evaluator, usableHeads, costs, coverage, budget)
                : new GreedySearch(evaluator, usableHeads, costs, coverage, budget, minGain);
        HeadSet best = search.run();
        CombinationEstimate estimate = evaluator.estimate(best.heads());
        return new ChcoResult(exact ? SearchMethod.EXACT : SearchMethod.GREEDY, best.heads(), estimate,
                search.trace(), search.evaluated(), skipped);
    }

    /** A search strategy over the usable candidates. */
    interface Search {
        HeadSet run();

        List<SearchStep> trace();

        long evaluated();
    }

    /** Builder: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private CombinationEvaluator evaluator;
        private Budget budget;
        private int[] candidates;
        private SearchMethod method = SearchMethod.AUTO;
        private int exactLimit = DEFAULT_EXACT_LIMIT;
        private double minGain;

        private Builder() {
        }

        /** The task's combination model holding every candidate head. */
        public Builder setEvaluator(CombinationEvaluator value) {
            this.evaluator = value;
            return this;
        }

        public Builder setBudget(Budget value) {
            this.budget = value;
            return this;
        }

        /** Which evaluator heads may be chosen (default: all; heads covering no class are always skipped). */
        public Builder optCandidates(int... value) {
            this.candidates = value.clone();
            return this;
        }

        /** AUTO (default), EXACT or GREEDY. */
        public Builder optMethod(SearchMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /** Most candidates for which AUTO searches exactly; default {@value #DEFAULT_EXACT_LIMIT}. */
        public Builder optExactLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("exactLimit must be >= 0, got " + value);
            }
            this.exactLimit = value;
            return this;
        }

        /** Greedy stops when the best lookahead gains no more than this; default 0 (any improvement counts). */
        public Builder optMinGain(double value) {
            if (!(value >= 0)) {
                throw new IllegalArgumentException("minGain must be >= 0, got " + value);
            }
            this.minGain = value;
            return this;
        }

        public Chco build() {
            Objects.requireNonNull(evaluator, "evaluator is required (setEvaluator)");
            Objects.requireNonNull(budget, "budget is required (setBudget)");
            if (candidates != null) {
                for (int h : candidates) {
                    if (h < 0 || h >= evaluator.headCount()) {
                        throw new IllegalArgumentException("candidate " + h + " is not a head of the evaluator ("
                                + evaluator.headCount() + " heads)");
                    }
                }
            }
            return new Chco(this);
        }
    }
}
