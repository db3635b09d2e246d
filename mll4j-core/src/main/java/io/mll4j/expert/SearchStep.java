package io.mll4j.expert;

import java.util.List;

/**
 * One line of a CHCO search trace.
 *
 * @param kind              what happened
 * @param heads             {@link Kind#ADD}: the head added; {@link Kind#BEST_OF_SIZE}: the best set of that size;
 *                          {@link Kind#STOP}: empty
 * @param accuracy          estimated accuracy after the step (for STOP: of the final set)
 * @param gain              accuracy gained over the previous step
 * @param lookaheadPartner  greedy ADD: the head the added one was evaluated with (the best pair it reaches), or
 *                          {@code null} when it was chosen on its own
 * @param lookaheadAccuracy greedy ADD: the estimated accuracy of that pair; otherwise equal to {@code accuracy}
 */
public record SearchStep(Kind kind, List<String> heads, double accuracy, double gain, String lookaheadPartner,
                         double lookaheadAccuracy) {

    /** Kinds of trace lines. */
    public enum Kind {
        /** Greedy: a head was added. */
        ADD,
        /** Exact: the best set with this many heads. */
        BEST_OF_SIZE,
        /** Greedy: nothing within the budget improves the estimate (or the budget is spent). */
        STOP
    }

    public SearchStep {
        heads = List.copyOf(heads);
    }
}
