package io.mll4j.wordnet;

import io.mll4j.graph.Synset;

import java.util.Objects;

/**
 * A synset a class name may stand for.
 *
 * @param synset     the noun synset (lemmas and gloss tell the senses apart)
 * @param matched    the form of the class name that matched (after normalisation), e.g. {@code crane}
 * @param sense      WordNet sense number of the synset for that form (1 = most frequent)
 * @param inGraph    whether the synset is a node of the semantic graph
 * @param imageCount the node's image count in the graph (0 when not in it)
 */
public record SynsetCandidate(Synset synset, String matched, int sense, boolean inGraph, int imageCount) {
    public SynsetCandidate {
        Objects.requireNonNull(synset, "synset");
        Objects.requireNonNull(matched, "matched");
    }

    /** Whether the graph has images for it (a model can be labeled on it). */
    public boolean imageBearing() {
        return imageCount > 0;
    }
}
