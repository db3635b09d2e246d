package io.mll4j.training;

/** Optimisers the trainers offer. */
public enum OptimizerKind {
    /** Adam with weight decay added to the gradient (L2). */
    ADAM,
    /** AdamW: weight decay decoupled from the adaptive step. */
    ADAMW
}
