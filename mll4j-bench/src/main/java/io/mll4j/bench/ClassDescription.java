package io.mll4j.bench;

import java.util.List;

/**
 * What a lexicon says about a task class, for text-only methods (ModelGPT/LOVM features): its best WordNet sense's
 * other names and gloss, and the name of its hypernym. Absent facts are empty lists or {@code null}.
 *
 * @param className  the class name as typed
 * @param synonyms   other lemmas of its best sense
 * @param gloss      the sense's gloss, or {@code null}
 * @param superclass the name of the sense's first hypernym, or {@code null}
 */
public record ClassDescription(String className, List<String> synonyms, String gloss, String superclass) {
    public ClassDescription {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
