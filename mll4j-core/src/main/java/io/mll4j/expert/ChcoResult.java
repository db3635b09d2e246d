package io.mll4j.expert;

import java.util.List;

/**
 * The outcome of CHCO on one task.
 *
 * @param method    EXACT or GREEDY (the method actually run)
 * @param heads     chosen head indices in the evaluator, in hub order
 * @param estimate  estimated accuracy of the chosen set, overall and per class
 * @param trace     what the search did, in order
 * @param evaluated number of head sets scored
 * @param skipped   candidates left out before the search, each with the reason
 */
public record ChcoResult(SearchMethod method, int[] heads, CombinationEstimate estimate, List<SearchStep> trace,
                         long evaluated, List<String> skipped) {

    public ChcoResult {
        trace = List.copyOf(trace);
        skipped = List.copyOf(skipped);
        heads = heads.clone();
    }

    /** Ids of the chosen heads, in hub order. */
    public List<String> ids() {
        return estimate.heads();
    }
}
