package io.mll4j.onnx.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bundled quantized sentence encoders (ONNX + {@code tokenizer.json} carried by the langchain4j model jars),
 * each with the pooling its model card and langchain4j's model class use.
 *
 * <p>E5 is trained with {@code "query: "} / {@code "passage: "} prefixes. mll4j matches class names against graph
 * node texts, a symmetric similarity task, for which the E5 card says to use {@code "query: "} on both sides; so
 * every input gets {@code "query: "}.
 *
 * <p>All three are int8 exports that quantize activations per ORT run, so batching would make a text's vector
 * depend on its batch-mates (cosine 0.985–0.999 to the text alone, measured); presets embed one text per run,
 * concurrently, which is exact, reproducible (cache-safe) and equal to langchain4j's results. Callers who prefer
 * speed over exactness may set {@code optBatchSize(32)} on {@link #builder()}.
 *
 * <p>Truncation follows each {@code tokenizer.json}: 128 tokens for MiniLM (its file says so, and it is what
 * langchain4j applies too), 512 for BGE and E5.
 */
public enum TextEncoders {
    /** sentence-transformers/all-MiniLM-L6-v2, int8; mean pooling; 384 dims. */
    MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN, ""),
    /** BAAI/bge-small-en-v1.5, int8; CLS pooling; 384 dims. No query instruction: matching is symmetric. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
            Pooling.CLS, ""),
    /** intfloat/e5-small-v2, int8; mean pooling; 384 dims; {@code "query: "} prefix on every input. */
    E5_SMALL_V2_Q("e5-small-v2-q", "e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", Pooling.MEAN, "query: ");

    private final String id;
    private final String modelResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final String prefix;

    TextEncoders(String id, String modelResource, String tokenizerResource, Pooling pooling, String prefix) {
        this.id = id;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.prefix = prefix;
    }

    /** The encoder with this id (case-insensitive); unknown ids fail with the list of known ones. */
    public static TextEncoders byId(String id) {
        for (TextEncoders encoder : values()) {
            if (encoder.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return encoder;
            }
        }
        throw new IllegalArgumentException("Unknown text encoder '" + id + "'; known: " + ids());
    }

    /** Known ids, comma-separated, in declaration order. */
    public static String ids() {
        return Arrays.stream(values()).map(TextEncoders::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    public Pooling pooling() {
        return pooling;
    }

    public String prefix() {
        return prefix;
    }

    /** A builder preset for this encoder; callers may still set batch size and threads. */
    public OnnxTextEmbedder.Builder builder() {
        return OnnxTextEmbedder.builder()
                .setId(id)
                .setModelResource(modelResource)
                .setTokenizer(WordPieceTokenizer.fromResource(tokenizerResource))
                .setPooling(pooling)
                .optPrefix(prefix)
                .optBatchSize(1);
    }

    /** Loads this encoder with default batch size and threads. */
    public OnnxTextEmbedder load() {
        return builder().build();
    }

    @Override
    public String toString() {
        return id;
    }
}
