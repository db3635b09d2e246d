package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;
import java.util.Objects;

/**
 * How a VLM's text tower wants its text.
 *
 * @param kind   tokenizer family
 * @param params family-specific settings (e.g. {@code vocab} file, {@code contextLength}); never {@code null}
 */
public record TokenizerSpec(Kind kind, Map<String, String> params) {

    /** Tokenizer families; the JSON form is the lowercase id. */
    public enum Kind {
        CLIP_BPE("clip-bpe"), WORDPIECE("wordpiece"), TEXT_ENCODER("text-encoder");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown tokenizer kind '" + id + "', expected clip-bpe, wordpiece or text-encoder");
        }
    }

    public TokenizerSpec {
        Objects.requireNonNull(kind, "tokenizer kind");
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
