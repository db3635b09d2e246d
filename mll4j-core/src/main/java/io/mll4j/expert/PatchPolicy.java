package io.mll4j.expert;

/**
 * When and how a VLM patches a head combination.
 *
 * @param tau           a covered class whose estimated accuracy is below τ also goes to the patch (0.5)
 * @param minReuseScore the patch VLM must score above this (paper-B reuse score) on a class to patch it (0)
 */
public record PatchPolicy(double tau, double minReuseScore) {

    public PatchPolicy {
        if (!(tau >= 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau must be in [0, 1], got " + tau);
        }
        if (Double.isNaN(minReuseScore)) {
            throw new IllegalArgumentException("minReuseScore must be a number");
        }
    }

    /** τ = 0.5, any positive reuse score. */
    public static PatchPolicy defaults() {
        return new PatchPolicy(0.5, 0);
    }
}
