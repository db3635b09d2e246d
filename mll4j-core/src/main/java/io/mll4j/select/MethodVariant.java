package io.mll4j.select;

import io.mll4j.graph.NodeText;
import io.mll4j.reuse.Prompt;

/**
 * The two readings of paper B (method.md §9): what its text says, and what the official code does once its crashes
 * are fixed. Each sets the defaults of every switch; individual switches may still be changed.
 */
public enum MethodVariant {
    /** Paper: Z-weighted precision, mean over all classes, FP from V_sel, "name which is gloss", "a photo of a". */
    PAPER(SelectionConfig.paper(), NodeText.NAME_WHICH_IS_GLOSS, Prompt.PHOTO),
    /** Official code: F1 as coded, mean over the other classes, FP from all nodes, bare gloss, raw class name. */
    CODE(SelectionConfig.officialCode(), NodeText.GLOSS, Prompt.RAW);

    private final SelectionConfig config;
    private final NodeText nodeText;
    private final Prompt prompt;

    MethodVariant(SelectionConfig config, NodeText nodeText, Prompt prompt) {
        this.config = config;
        this.nodeText = nodeText;
        this.prompt = prompt;
    }

    /** Selection switches. */
    public SelectionConfig config() {
        return config;
    }

    /** Node text used to label models and to match classes. */
    public NodeText nodeText() {
        return nodeText;
    }

    /** Reuse prompt. */
    public Prompt prompt() {
        return prompt;
    }
}
