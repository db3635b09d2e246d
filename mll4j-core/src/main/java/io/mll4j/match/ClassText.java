package io.mll4j.match;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.Synset;

import java.util.List;

/**
 * The text that stands for a task class without captions when it is matched to graph nodes. (A class with captions
 * is always the mean of its caption embeddings, re-normalised: the official code passes the 10 captions where one
 * text is expected, method.md §9.8, and averaging in embedding space is the reading that uses all of them.)
 */
public enum ClassText {
    /** {@code "a photo of a {class}."}: needs no lexicon, but it is a different kind of text from the node texts. */
    PROMPT,
    /**
     * The node text of the class's best WordNet candidate with the class's own name, e.g.
     * {@code "tabby cat which is a cat with a grey or tawny coat…"} under {@link NodeText#NAME_WHICH_IS_GLOSS}:
     * the same kind of text as the node texts, so a class whose synset is in the graph matches it first.
     * Falls back to {@link #PROMPT} when the class has no candidate.
     */
    WORDNET;

    /**
     * The class's text.
     *
     * @param className  the class name
     * @param candidates its synsets, best first (may be empty)
     * @param nodeText   how node texts are written
     * @return the text to embed
     */
    public String of(String className, List<Synset> candidates, NodeText nodeText) {
        if (this == PROMPT || candidates.isEmpty()) {
            return "a photo of a " + className + ".";
        }
        Synset best = candidates.getFirst();
        return nodeText.of(new Synset(best.id(), List.of(className), best.gloss()));
    }
}
