package io.mll4j.training.demo;

import java.util.List;
import java.util.Objects;

/**
 * What a class is called, from WordNet 3.0 (its synset's lemmas, gloss and first hypernym), as written down in
 * {@code hub-demo/recipes.json}. VLM training texts are made from it by {@link TextKind}.
 *
 * @param names    lemmas, most common first (at least one)
 * @param gloss    the synset's definition, without WordNet's usage examples
 * @param hypernym the first lemma of the synset's first hypernym
 */
public record ClassVocabulary(List<String> names, String gloss, String hypernym) {
    public ClassVocabulary {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("a class vocabulary needs at least one non-blank name, got " + names);
        }
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(hypernym, "hypernym");
    }
}
