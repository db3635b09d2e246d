package io.mll4j.graph;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A WordNet 3.0 noun synset.
 *
 * @param id     {@code "n"} + the 8-digit WordNet 3.0 data-file offset; equal to the ImageNet wnid
 * @param lemmas the synset's words in WordNet order, underscores kept as spaces (e.g. {@code "tee shirt"})
 * @param gloss  the WordNet definition (examples included, as WordNet prints it)
 */
public record Synset(String id, List<String> lemmas, String gloss) {
    private static final Pattern ID = Pattern.compile("n\\d{8}");

    public Synset {
        requireValidId(id);
        Objects.requireNonNull(gloss, "gloss");
        lemmas = List.copyOf(Objects.requireNonNull(lemmas, "lemmas"));
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("Synset " + id + " needs at least one lemma");
        }
    }

    /** Whether {@code id} has the form of a noun synset id ({@code n} + 8 digits). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Throws {@link IllegalArgumentException} naming {@code id} unless it has the form {@code n} + 8 digits. */
    public static String requireValidId(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("Not a WordNet noun synset id (n + 8 digits): '" + id + "'");
        }
        return id;
    }

    /** The id of the noun synset at a WordNet 3.0 data-file offset. */
    public static String idOf(long offset) {
        if (offset < 0 || offset > 99_999_999L) {
            throw new IllegalArgumentException("WordNet offset out of range: " + offset);
        }
        return String.format("n%08d", offset);
    }

    /** The WordNet data-file offset encoded in the id. */
    public long offset() {
        return Long.parseLong(id.substring(1));
    }

    /** The synset's name: its first lemma. */
    public String name() {
        return lemmas.get(0);
    }
}
