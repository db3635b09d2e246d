package io.mll4j.training.demo;

import io.mll4j.hub.TokenizerSpec;

import java.util.Map;

/**
 * How a ConSE VLM's manifest describes its composition: tokenizer kind {@code text-encoder} with params
 * {@code composite=conse}, {@code topK} and {@code labelTemplate} (a {@link String#format} pattern that turns a
 * label name into the text embedded for it), as {@code io.mll4j.onnx.HubModels} reads them.
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
}
