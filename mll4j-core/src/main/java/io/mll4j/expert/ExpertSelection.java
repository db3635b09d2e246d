package io.mll4j.expert;

import java.util.List;

/**
 * Paper A's selection for one task: CHCO's expert heads, the VLM patch, and the estimate of the final fusion.
 *
 * @param chco     the CHCO search over the experts
 * @param patch    the patch plan
 * @param heads    the final heads (chosen experts, then the patch VLM if any), evaluator indices
 * @param estimate estimated accuracy of the final fusion on the node evidence
 * @param coverage coverage of the task by the final heads
 * @param task     the task
 */
public record ExpertSelection(ChcoResult chco, PatchPlan patch, int[] heads, CombinationEstimate estimate,
                              CoverageReport coverage, TaskClasses task) {

    public ExpertSelection {
        heads = heads.clone();
    }

    /** Names of the classes nothing covers, in task order. */
    public List<String> uncoveredClasses() {
        return patch.uncovered().stream().map(task::name).toList();
    }

    /**
     * Returns this selection if every class is covered by a chosen head or the patch.
     *
     * @throws UncoveredClassException naming every uncovered class
     */
    public ExpertSelection requireComplete() {
        if (!patch.uncovered().isEmpty()) {
            throw new UncoveredClassException(uncoveredClasses(), patch.hasPatch()
                    ? "the patch VLM '" + patch.vlmId() + "' has no reuse evidence for it"
                    : "no expert head maps to it or below it, and no VLM can patch it");
        }
        return this;
    }
}
