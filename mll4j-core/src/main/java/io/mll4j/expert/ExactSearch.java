package io.mll4j.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Every head set within the budget, depth-first in hub order, each scored by adding its heads' terms to its
 * parent's fused scores (one score buffer per depth). The trace lists the best set of each size.
 */
final class ExactSearch implements Chco.Search {
    private final CombinationEvaluator evaluator;
    private final int[] candidates;
    private final double[] costs;
    private final BitSet[] coverage;
    private final Budget budget;
    private final double[][] buffers;
    private final List<HeadSet> bestOfSize = new ArrayList<>();
    private HeadSet best;
    private long evaluated;

    ExactSearch(CombinationEvaluator evaluator, int[] candidates, double[] costs, BitSet[] coverage, Budget budget) {
        this.evaluator = evaluator;
        this.candidates = candidates;
        this.costs = costs;
        this.coverage = coverage;
        this.budget = budget;
        this.buffers = new double[Math.min(budget.maxModels(), candidates.length) + 1][];
    }

    @Override
    public HeadSet run() {
        buffers[0] = evaluator.priorScores();
        consider(HeadSet.empty(evaluator.accuracy(buffers[0])));
        visit(0, HeadSet.empty(0));
        return best;
    }

    private void visit(int start, HeadSet parent) {
        int depth = parent.heads().length;
        if (depth + 1 >= buffers.length) {
            return;
        }
        for (int i = start; i < candidates.length; i++) {
            int h = candidates[i];
            double cost = parent.cost() + costs[h];
            if (!budget.allows(depth + 1, budget.limitsCost() ? cost : 0)) {
                continue;
            }
            if (buffers[depth + 1] == null) {
                buffers[depth + 1] = new double[buffers[0].length];
            }
            System.arraycopy(buffers[depth], 0, buffers[depth + 1], 0, buffers[0].length);
            evaluator.add(buffers[depth + 1], h);
            HeadSet set = parent.plus(costs, coverage, evaluator.accuracy(buffers[depth + 1]), h);
            consider(set);
            visit(i + 1, set);
        }
    }

    private void consider(HeadSet set) {
        evaluated++;
        int size = set.heads().length;
        while (bestOfSize.size() <= size) {
            bestOfSize.add(null);
        }
        if (set.isBetterThan(bestOfSize.get(size))) {
            bestOfSize.set(size, set);
        }
        if (set.isBetterThan(best)) {
            best = set;
        }
    }

    @Override
    public List<SearchStep> trace() {
        List<SearchStep> steps = new ArrayList<>();
        double previous = Double.NaN;
        for (HeadSet set : bestOfSize) {
            if (set == null) {
                continue;
            }
            List<String> ids = Arrays.stream(set.heads()).mapToObj(h -> evaluator.head(h).id()).toList();
            double gain = Double.isNaN(previous) ? 0 : set.accuracy() - previous;
            steps.add(new SearchStep(SearchStep.Kind.BEST_OF_SIZE, ids, set.accuracy(), gain, null, set.accuracy()));
            previous = set.accuracy();
        }
        return steps;
    }

    @Override
    public long evaluated() {
        return evaluated;
    }
}
