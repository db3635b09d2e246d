package io.mll4j.graph;

/**
 * The text d_v that stands for a node when a model is labeled on the graph. The paper writes
 * {@code "{name} which is {gloss}"}; the official code uses the bare gloss; the bare name is the usual CLIP prompt
 * subject. A switch, so that each choice can be reproduced.
 */
public enum NodeText {
    /** {@code "{name}"}. */
    NAME,
    /** {@code "{gloss}"} (official code). */
    GLOSS,
    /** {@code "{name} which is {gloss}"} (paper). */
    NAME_WHICH_IS_GLOSS;

    /** The node's text under this choice. */
    public String of(Synset synset) {
        return switch (this) {
            case NAME -> synset.name();
            case GLOSS -> synset.gloss();
            case NAME_WHICH_IS_GLOSS -> synset.name() + " which is " + synset.gloss();
        };
    }
}
