package io.mll4j.reuse;

/** How a class name becomes the text a VLM compares images with at reuse time (method.md §5, §9.6). */
public enum Prompt {
    /** The raw class name (official code). */
    RAW,
    /** {@code "a photo of a {class}."} (the paper's summary; CLIP's usual template). */
    PHOTO;

    /** The text for a class. */
    public String of(String className) {
        return this == RAW ? className : "a photo of a " + className + ".";
    }
}
