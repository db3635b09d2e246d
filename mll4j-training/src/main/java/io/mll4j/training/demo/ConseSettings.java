package io.mll4j.training.demo;

import io.mll4j.hub.TokenizerSpec;

import java.util.Map;

/**
 * How a ConSE VLM's manifest describes its composition: tokenizer kind {@code text-encoder} with params
 * {@code composite=conse}, {@code topK} and {@code labelTemplate} (a {@link String#format} pattern that turns a
 * label name into the text embedded for it).
 *
 * @param topK          labels kept per image
 * @param labelTemplate text of a label, e.g. {@code "a photo of a %s."}
 */
record ConseSettings(int topK, String labelTemplate) {
    static final String COMPOSITE = "conse";

    TokenizerSpec toTokenizer() {
        return new TokenizerSpec(TokenizerSpec.Kind.TEXT_ENCODER,
                Map.of("composite", COMPOSITE, "topK", String.valueOf(topK), "labelTemplate", labelTemplate));
    }

    /** The settings a manifest's tokenizer carries; anything else is an {@link IllegalArgumentException}. */
    static ConseSettings of(TokenizerSpec tokenizer, String modelId) {
        if (tokenizer == null || tokenizer.kind() != TokenizerSpec.Kind.TEXT_ENCODER
                || !COMPOSITE.equals(tokenizer.params().get("composite"))) {
            throw new IllegalArgumentException("model '" + modelId + "': a ConSE VLM needs tokenizer {kind: text-encoder,"
                    + " params: {composite: conse, topK, labelTemplate}}");
        }
        try {
            return new ConseSettings(Integer.parseInt(tokenizer.params().getOrDefault("topK", "")),
                    tokenizer.params().getOrDefault("labelTemplate", TextKind.PHOTO_TEMPLATE));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model '" + modelId + "': ConSE topK is not a number: "
                    + tokenizer.params().get("topK"), e);
        }
    }
}
