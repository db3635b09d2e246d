package io.mll4j.hub;

/** What a hub model is, which decides how it is checked and run. */
public enum ModelKind {
    /** An image classifier with a fixed head: one output per label. */
    EXPERT,
    /** A vision-language dual encoder (CLIP-style) that classifies any class names zero-shot. */
    VLM
}
