package io.mll4j.task;

import io.mll4j.graph.Lexicon;
import io.mll4j.graph.Synset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What task validation and matching need from a lexicon: synsets by id (pins) and the candidate synsets a class name
 * may stand for, best first. Over WordNet 3.0 this is {@code io.mll4j.wordnet.WordNetClassResolver} (morphology,
 * head nouns, graph nodes first); {@link #of(Lexicon)} is the plain lexicon lookup.
 */
public interface ClassResolver {
    /** The noun synset with this id, or empty. */
    Optional<Synset> synset(String id);

    /** Candidate synsets of a class name, best first; empty when nothing matches. */
    List<Synset> candidates(String className);

    /** Exact lemma lookup in {@code lexicon}, in its sense order. */
    static ClassResolver of(Lexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        return new ClassResolver() {
            @Override
            public Optional<Synset> synset(String id) {
                return lexicon.synset(id);
            }

            @Override
            public List<Synset> candidates(String className) {
                return lexicon.lookupNoun(className);
            }
        };
    }
}
