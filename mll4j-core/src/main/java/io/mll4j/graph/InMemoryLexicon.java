package io.mll4j.graph;

import io.mll4j.exception.UnknownSynsetException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lexicon held in memory: hand-made hierarchies for tests, examples and graphs over other vocabularies.
 * Noun lookup is an exact, case-insensitive lemma match (no morphology); sense order is insertion order.
 */
public final class InMemoryLexicon implements Lexicon {
    private final Map<String, Synset> synsets;
    private final Map<String, List<String>> hypernyms;

    private InMemoryLexicon(Map<String, Synset> synsets, Map<String, List<String>> hypernyms) {
        this.synsets = synsets;
        this.hypernyms = hypernyms;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public Optional<Synset> synset(String id) {
        return Optional.ofNullable(synsets.get(id));
    }

    @Override
    public List<String> hypernyms(String id) {
        List<String> parents = hypernyms.get(id);
        if (parents == null) {
            throw new UnknownSynsetException("No synset with id " + id + " in the lexicon");
        }
        return parents;
    }

    @Override
    public List<Synset> lookupNoun(String lemma) {
        String key = normalise(lemma);
        List<Synset> found = new ArrayList<>();
        for (Synset s : synsets.values()) {
            if (s.lemmas().stream().anyMatch(l -> normalise(l).equals(key))) {
                found.add(s);
            }
        }
        return found;
    }

    private static String normalise(String lemma) {
        return lemma.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Adds synsets with their hypernyms; {@link #build()} checks that every hypernym was added too. */
    public static final class Builder {
        private final Map<String, Synset> synsets = new LinkedHashMap<>();
        private final Map<String, List<String>> hypernyms = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a synset and the ids of its direct hypernyms (none for a root). */
        public Builder add(Synset synset, String... hypernymIds) {
            if (synsets.putIfAbsent(synset.id(), synset) != null) {
                throw new IllegalArgumentException("Synset " + synset.id() + " added twice");
            }
            hypernyms.put(synset.id(), List.of(hypernymIds));
            return this;
        }

        /** Shorthand for {@code add(new Synset(id, List.of(lemma), gloss), hypernymIds)}. */
        public Builder add(String id, String lemma, String gloss, String... hypernymIds) {
            return add(new Synset(id, List.of(lemma), gloss), hypernymIds);
        }

        public InMemoryLexicon build() {
            hypernyms.forEach((id, parents) -> parents.forEach(p -> {
                if (!synsets.containsKey(p)) {
                    throw new IllegalArgumentException("Hypernym " + p + " of " + id + " was not added");
                }
            }));
            // insertion order is the sense order of lookupNoun
            return new InMemoryLexicon(Collections.unmodifiableMap(new LinkedHashMap<>(synsets)), Map.copyOf(hypernyms));
        }
    }
}
