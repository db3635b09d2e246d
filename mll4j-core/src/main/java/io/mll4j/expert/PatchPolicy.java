package io.mll4j.expert;

/**
 * When and how a VLM patches a head combination.
 *
 * @param tau           a covered class whose estimated accuracy is below τ also goes to the patch (0.5)
 * @param minReuseScore the patch VLM must score above this (paper-B reuse score) on a class to patch it (0)
 * @param aboveChance   to cover an uncovered class, the patch VLM must also be estimated above chance (1/|Y|) on the
 *                      class's node evidence when used alone (true): a reuse score mixes in the VLM's mean over all
 *                      classes, so a VLM that knows nothing of a class still scores above 0 on it
 * @param requireGain   the patch VLM joins only if it raises the estimated accuracy of the combination (true): fused by
 *                      naive Bayes, a VLM that repeats a chosen expert (a ConSE composite built on it) counts the same
 *                      evidence twice and can lower accuracy
 */
public record PatchPolicy(double tau, double minReuseScore, boolean aboveChance, boolean requireGain) {

    public PatchPolicy {
        if (!(tau >= 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau must be in [0, 1], got " + tau);
        }
        if (Double.isNaN(minReuseScore)) {
            throw new IllegalArgumentException("minReuseScore must be a number");
        }
    }

    /** τ and the minimum reuse score, with the above-chance and gain checks. */
    public PatchPolicy(double tau, double minReuseScore) {
        this(tau, minReuseScore, true, true);
    }

    /** τ, the minimum reuse score and the above-chance check, with the gain check. */
    public PatchPolicy(double tau, double minReuseScore, boolean aboveChance) {
        this(tau, minReuseScore, aboveChance, true);
    }

    /** τ = 0.5, any positive reuse score, above chance, only if it raises the estimate. */
    public static PatchPolicy defaults() {
        return new PatchPolicy(0.5, 0, true, true);
    }
}
