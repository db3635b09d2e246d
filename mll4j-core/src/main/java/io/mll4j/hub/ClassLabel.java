package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.regex.Pattern;

/**
 * One output of an expert's head.
 *
 * @param name   the class name as the model's authors call it (e.g. {@code "0"}, {@code "tabby cat"})
 * @param synset its WordNet 3.0 synset as {@code <pos letter><8-digit offset>} (e.g. {@code n13742358}),
 *               or {@code null} when unmapped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassLabel(String name, String synset) {
    private static final Pattern SYNSET = Pattern.compile("[nvasr]\\d{8}");

    public ClassLabel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("label name must not be blank");
        }
        if (synset != null && !SYNSET.matcher(synset).matches()) {
            throw new IllegalArgumentException("label '" + name + "': synset '" + synset
                    + "' is not a WordNet id like n13742358");
        }
    }
}
