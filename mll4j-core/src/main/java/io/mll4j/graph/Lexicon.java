package io.mll4j.graph;

import java.util.List;
import java.util.Optional;

/**
 * What building and querying the graph needs from WordNet: noun synsets by id, their hypernyms, and noun lookup.
 * Implemented over WordNet 3.0 by {@code io.mll4j.wordnet.WordNet30Lexicon}, and in memory by
 * {@link InMemoryLexicon} for tests and hand-made graphs.
 */
public interface Lexicon {
    /** The vocabulary's name, recorded in graph provenance, e.g. {@code WordNet 3.0}. */
    String name();

    /** The noun synset with this id, or empty when there is none (including ids of the wrong form). */
    Optional<Synset> synset(String id);

    /**
     * Ids of the direct hypernyms of the synset (class hypernyms and, for instances, instance hypernyms),
     * in the lexicon's order; empty for a root.
     *
     * @throws io.mll4j.exception.UnknownSynsetException if there is no synset with this id
     */
    List<String> hypernyms(String id);

    /**
     * Noun synsets having {@code lemma} (or, where the lexicon knows morphology, one of its base forms) as a word,
     * most frequent sense first; empty when nothing matches. Case-insensitive; {@code _} counts as a space.
     */
    List<Synset> lookupNoun(String lemma);
}
