package io.mll4j.expert;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Forward selection with a one-step lookahead: at each step every remaining head h is judged by the best set it
 * reaches — the current set plus h, or plus h and one more head (pairs) while two slots remain — and the head with
 * the best reach is added (ties: the better set on its own). So two heads that only help together (complementary
 * coverage) are found, which plain greedy misses. It stops when no reach improves the estimate by more than
 * {@code minGain} (nor covers more classes at an equal estimate) or the budget is spent. Exact for budgets of at most two heads; can still miss sets whose value
 * needs three or more heads together.
 */
final class GreedySearch implements Chco.Search {
    private final CombinationEvaluator evaluator;
    private final int[] candidates;
    private final double[] costs;
    private final BitSet[] coverage;
    private final Budget budget;
    private final double minGain;
    private final List<SearchStep> trace = new ArrayList<>();
    private long evaluated;

    GreedySearch(CombinationEvaluator evaluator, int[] candidates, double[] costs, BitSet[] coverage, Budget budget,
                 double minGain) {
        this.evaluator = evaluator;
        this.candidates = candidates;
        this.costs = costs;
        this.coverage = coverage;
        this.budget = budget;
        this.minGain = minGain;
    }

    @Override
    public HeadSet run() {
        double[] scores = evaluator.priorScores();
        HeadSet current = HeadSet.empty(evaluator.accuracy(scores));
        evaluated++;
        boolean[] taken = new boolean[candidates.length];
        while (true) {
            Step step = bestStep(current, scores, taken);
            boolean gains = step != null && (step.reach.accuracy() > current.accuracy() + minGain + HeadSet.TIE
                    || step.single.coversMoreAtEqualAccuracy(current));
            if (!gains) {
                trace.add(new SearchStep(SearchStep.Kind.STOP, List.of(), current.accuracy(), 0, null,
                        current.accuracy()));
                return current;
            }
            taken[step.index] = true;
            int h = candidates[step.index];
            evaluator.add(scores, h);
            String partner = step.reach.heads().length > step.single.heads().length
                    ? evaluator.head(partnerOf(step.reach, step.single)).id() : null;
            trace.add(new SearchStep(SearchStep.Kind.ADD, List.of(evaluator.head(h).id()), step.single.accuracy(),
                    step.single.accuracy() - current.accuracy(), partner, step.reach.accuracy()));
            current = step.single;
        }
    }

    /** A candidate move: add candidate {@code index}; {@code single} is the set after it, {@code reach} its best. */
    private record Step(int index, HeadSet single, HeadSet reach) {
    }

    private Step bestStep(HeadSet current, double[] scores, boolean[] taken) {
        int size = current.heads().length;
        HeadSet[] singles = new HeadSet[candidates.length];
        HeadSet[] reach = new HeadSet[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            int h = candidates[i];
            if (!taken[i] && fits(size + 1, current.cost() + costs[h])) {
                singles[i] = current.plus(costs, coverage, evaluator.accuracy(scores, h), h);
                reach[i] = singles[i];
                evaluated++;
            }
        }
        for (int i = 0; i < candidates.length; i++) {
            for (int j = i + 1; j < candidates.length && singles[i] != null; j++) {
                int a = candidates[i];
                int b = candidates[j];
                if (singles[j] == null || !fits(size + 2, current.cost() + costs[a] + costs[b])) {
                    continue;
                }
                HeadSet pair = current.plus(costs, coverage, evaluator.accuracy(scores, a, b), a, b);
                evaluated++;
                if (pair.isBetterThan(reach[i])) {
                    reach[i] = pair;
                }
                if (pair.isBetterThan(reach[j])) {
                    reach[j] = pair;
                }
            }
        }
        Step best = null;
        for (int i = 0; i < candidates.length; i++) {
            if (singles[i] == null) {
                continue;
            }
            Step step = new Step(i, singles[i], reach[i]);
            if (best == null || isBetter(step, best)) {
                best = step;
            }
        }
        return best;
    }

    private static boolean isBetter(Step a, Step b) {
        int byReach = a.reach.compareTo(b.reach);
        return byReach != 0 ? byReach < 0 : a.single.compareTo(b.single) < 0;
    }

    private boolean fits(int count, double cost) {
        return budget.allows(count, budget.limitsCost() ? cost : 0);
    }

    private static int partnerOf(HeadSet pair, HeadSet single) {
        for (int h : pair.heads()) {
            if (java.util.Arrays.stream(single.heads()).noneMatch(s -> s == h)) {
                return h;
            }
        }
        throw new IllegalStateException("pair " + java.util.Arrays.toString(pair.heads()) + " adds nothing");
    }

    @Override
    public List<SearchStep> trace() {
        return trace;
    }

    @Override
    public long evaluated() {
        return evaluated;
    }
}
