package io.mll4j.expert;

import java.util.List;

/**
 * Which classes need the VLM patch and which VLM patches them.
 *
 * @param patchClasses classes sent to the patch: not covered by a chosen head, or covered below τ (task order)
 * @param weakClasses  the covered-but-below-τ part of {@code patchClasses}
 * @param vlmHead      evaluator index of the patch VLM, or -1 when there is none
 * @param vlmId        hub id of the patch VLM, or {@code null}
 * @param uncovered    classes no chosen head covers and the patch cannot take (no VLM, or its reuse score on the
 *                     class is not above the policy's minimum)
 * @param declined     why a patch VLM was planned but left out (it would not raise the estimate), or {@code null}
 */
public record PatchPlan(List<Integer> patchClasses, List<Integer> weakClasses, int vlmHead, String vlmId,
                        List<Integer> uncovered, String declined) {

    public PatchPlan {
        patchClasses = List.copyOf(patchClasses);
        weakClasses = List.copyOf(weakClasses);
        uncovered = List.copyOf(uncovered);
    }

    /** A plan with no decline. */
    public PatchPlan(List<Integer> patchClasses, List<Integer> weakClasses, int vlmHead, String vlmId,
                     List<Integer> uncovered) {
        this(patchClasses, weakClasses, vlmHead, vlmId, uncovered, null);
    }

    /** This plan without its VLM: the patch classes that no chosen head covers become uncovered. */
    public PatchPlan withoutVlm(String reason) {
        return new PatchPlan(patchClasses, weakClasses, -1, null,
                patchClasses.stream().filter(y -> !weakClasses.contains(y)).toList(), reason);
    }

    /** Whether a VLM joins the combination. */
    public boolean hasPatch() {
        return vlmHead >= 0;
    }
}
