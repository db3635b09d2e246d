package io.mll4j.training.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kinds of class texts a VLM recipe trains on; each turns a class's vocabulary (plus the data set's display name)
 * into texts. The mix of kinds is one of the ways the demo VLMs differ.
 */
public enum TextKind {
    /** The names alone: every lemma and the display name. */
    NAME,
    /** CLIP's prompt: "a photo of a {name}." for every name. */
    PHOTO,
    /** The gloss, bare and as "{name}, which is {gloss}" (the paper's node text). */
    GLOSS,
    /** "a {name}, a kind of {hypernym}." */
    HYPERNYM;

    /** The prompt of {@link #PHOTO}; zero-shot evaluation and ConSE label texts use it too. */
    public static final String PHOTO_TEMPLATE = "a photo of a %s.";

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TextKind parse(String id) {
        for (TextKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown text kind '" + id + "', expected name, photo, gloss or hypernym");
    }

    /** The texts of this kind for a class, in a fixed order, without duplicates. */
    public List<String> texts(ClassVocabulary vocabulary, String displayName) {
        Set<String> names = new LinkedHashSet<>(vocabulary.names());
        names.add(displayName);
        String first = vocabulary.names().getFirst();
        List<String> out = new ArrayList<>();
        switch (this) {
            case NAME -> out.addAll(names);
            case PHOTO -> names.forEach(n -> out.add(photo(n)));
            case GLOSS -> {
                out.add(vocabulary.gloss());
                out.add(first + ", which is " + vocabulary.gloss());
            }
            case HYPERNYM -> out.add("a " + first + ", a kind of " + vocabulary.hypernym() + ".");
        }
        return out;
    }

    /** {@link #PHOTO_TEMPLATE} applied to a name. */
    public static String photo(String name) {
        return String.format(Locale.ROOT, PHOTO_TEMPLATE, name);
    }
}
