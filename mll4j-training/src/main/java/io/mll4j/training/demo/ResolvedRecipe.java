package io.mll4j.training.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A recipe with everything it depends on spelled out: the exact texts a VLM trains on and the digests of input
 * files (a ConSE recipe's expert, an imported model). Written as the entry's {@code recipe.json}; its SHA-256 is
 * the recipe hash that decides whether a build may skip the model.
 *
 * @param recipe the recipe
 * @param texts  training texts per trained class (VLMs), else empty
 * @param inputs sha256 of each input file by name, else empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ResolvedRecipe(Recipe recipe, Map<String, List<String>> texts, Map<String, String> inputs) {
    ResolvedRecipe {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }

    /** Canonical JSON (sorted maps, fixed record order): the bytes that are hashed and stored. */
    String json() {
        return Json.write(this) + "\n";
    }

    String sha256() {
        return Hashes.sha256(json().getBytes(StandardCharsets.UTF_8));
    }
}
