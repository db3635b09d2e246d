package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.exception.TaskException;
import io.mll4j.graph.NodeText;
import io.mll4j.match.ClassText;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionConfig;
import io.mll4j.task.Task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The body of {@code POST /tasks}, validated field by field so that every refusal names its field:
 * <pre>{@code
 * {"classes": ["tabby cat", "sneaker"] | "tabby cat,sneaker",   required
 *  "method": "mll" | "chco",
 *  "name": "shoes and cats", "captions": {"sneaker": ["a photo of a sneaker"]}, "pins": {"sneaker": "n04199027"},
 *  "variant": "paper" | "code", "k": 1, "alpha": 0.7, "n": 5, "allowUncovered": false,
 *  "models": ["clip-b32"], "textEncoder": "all-minilm-l6-v2-q", "classText": "wordnet" | "prompt",
 *  "minSimilarity": 50, "prompt": "photo" | "raw",
 *  chco only ({@link ChcoSettings}): "budget": 3, "budgetMs": 0.5, "tau": 0.5, "patch": true,
 *  "search": "auto" | "exact" | "greedy", "fusion": "soft" | "hard" | "log-linear", "gamma": 0.5,
 *  "experts": ["cifar10-cnn16"]}
 * }</pre>
 * With {@code chco}, {@code models} lists the VLMs that may patch, and {@code variant}, {@code alpha} and {@code n}
 * score them as paper-B selection would; {@code k} belongs to {@code mll} only.
 *
 * @param method         which paper's selection runs
 * @param task           the task (classes, captions, pins, name)
 * @param variant        whose defaults apply (paper or code)
 * @param config         selection switches after overrides
 * @param nodeText       node text of matching and of the labels used
 * @param classText      text of classes without captions
 * @param textEncoder    the matching embedder's id
 * @param minSimilarity  uncovered threshold, or {@code null} for the calibrated default
 * @param allowUncovered select for uncovered classes too instead of refusing
 * @param models         candidate ids (empty: every labeled VLM); with chco the patch candidates
 * @param prompt         class text at reuse
 * @param chco           paper A's switches, or {@code null} for {@link Method#MLL}
 */
record TaskRequest(Method method, Task task, MethodVariant variant, SelectionConfig config, NodeText nodeText,
                   ClassText classText, String textEncoder, Double minSimilarity, boolean allowUncovered,
                   List<String> models, Prompt prompt, ChcoSettings chco) {
    static final String DEFAULT_TEXT_ENCODER = "all-minilm-l6-v2-q";
    private static final Set<String> COMMON_FIELDS = Set.of("method", "name", "classes", "captions", "pins",
            "variant", "alpha", "n", "allowUncovered", "models", "textEncoder", "classText", "minSimilarity",
            "prompt");
    private static final Set<String> MLL_FIELDS = Set.of("k");

    /** Which selection a task runs. */
    enum Method {
        /** Paper B: the top-k VLMs per class, entropy-weighted ensemble. */
        MLL,
        /** Paper A: CHCO over the experts' heads, naive-Bayes fusion, a VLM patch. */
        CHCO
    }

    /** Validates a request body. */
    static TaskRequest parse(JsonNode body) {
        Method method = choice(body, "method", Method.class, Method.MLL);
        Set<String> own = method == Method.MLL ? MLL_FIELDS : ChcoSettings.FIELDS;
        Set<String> other = method == Method.MLL ? ChcoSettings.FIELDS : MLL_FIELDS;
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (other.contains(f)) {
                throw ApiException.badRequest(f, "Field '" + f + "' applies to \"method\": \""
                        + kebab(method == Method.MLL ? Method.CHCO : Method.MLL) + "\", not to \"" + kebab(method)
                        + "\"");
            }
            if (!COMMON_FIELDS.contains(f) && !own.contains(f)) {
                throw ApiException.badRequest(f, "Unknown field '" + f + "'; known fields: "
                        + Stream.of(COMMON_FIELDS, MLL_FIELDS, ChcoSettings.FIELDS).flatMap(Set::stream).sorted()
                        .collect(Collectors.joining(", ")));
            }
        }
        Task task = task(body);
        MethodVariant variant = choice(body, "variant", MethodVariant.class, MethodVariant.PAPER);
        SelectionConfig c = variant.config();
        int k = integer(body, "k", c.k());
        int n = integer(body, "n", c.topNodes());
        double alpha = number(body, "alpha", c.alpha());
        if (!(alpha >= 0 && alpha <= 1)) {
            throw ApiException.badRequest("alpha", "alpha must be in [0, 1], got " + alpha);
        }
        SelectionConfig config = new SelectionConfig(alpha, k, n, c.scoreRule(), c.globalMean(), c.pool(),
                c.normalizeZ());
        Double minSimilarity = body.has("minSimilarity") ? number(body, "minSimilarity", 0) : null;
        ChcoSettings chco = method == Method.CHCO ? ChcoSettings.parse(body) : null;
        List<String> models = strings(body, "models", false);
        if (chco != null && !chco.patch() && !models.isEmpty()) {
            throw ApiException.badRequest("models", "Field 'models' lists the VLMs that may patch, but \"patch\" "
                    + "is false");
        }
        return new TaskRequest(method, task, variant, config, variant.nodeText(),
                choice(body, "classText", ClassText.class, ClassText.WORDNET),
                text(body, "textEncoder", DEFAULT_TEXT_ENCODER), minSimilarity,
                bool(body, "allowUncovered", false), models,
                choice(body, "prompt", Prompt.class, variant.prompt()), chco);
    }

    private static Task task(JsonNode body) {
        JsonNode classes = body.get("classes");
        if (classes == null || classes.isNull()) {
            throw ApiException.badRequest("classes", "Field 'classes' is required: a list of class names or one "
                    + "comma-separated string");
        }
        List<String> names = classes.isTextual()
                ? Arrays.stream(classes.asText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : strings(body, "classes", true);
        Task task;
        try {
            task = Task.of(names);
            if (body.hasNonNull("name")) {
                task = task.withName(text(body, "name", null));
            }
        } catch (TaskException e) {
            throw new ApiException(400, "classes", e.getMessage(), e);
        }
        if (body.hasNonNull("captions")) {
            Map<String, List<String>> captions = new LinkedHashMap<>();
            object(body, "captions").properties().forEach(e -> captions.put(e.getKey(),
                    stringList(e.getValue(), "captions." + e.getKey(), true)));
            try {
                task = task.withCaptions(captions);
            } catch (TaskException e) {
                throw new ApiException(400, "captions", e.getMessage(), e);
            }
        }
        if (body.hasNonNull("pins")) {
            Map<String, String> pins = new LinkedHashMap<>();
            object(body, "pins").properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw ApiException.badRequest("pins." + e.getKey(), "Pin of '" + e.getKey()
                            + "' must be a synset id string such as \"n02123045\"");
                }
                pins.put(e.getKey(), e.getValue().asText());
            });
            try {
                task = task.withPins(pins);
            } catch (TaskException e) {
                throw new ApiException(400, "pins", e.getMessage(), e);
            }
        }
        return task;
    }

    private static JsonNode object(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (!node.isObject()) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a JSON object");
        }
        return node;
    }

    static List<String> strings(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        return stringList(node, field, required);
    }

    private static List<String> stringList(JsonNode node, String field, boolean nonEmpty) {
        if (!node.isArray() || (nonEmpty && node.isEmpty())) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a" + (nonEmpty ? " non-empty" : "")
                    + " list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw ApiException.badRequest(field + "[" + i + "]", "Item " + i + " of '" + field
                        + "' must be a string, got " + node.get(i).getNodeType().name().toLowerCase(Locale.ROOT));
            }
            out.add(node.get(i).asText());
        }
        return out;
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a non-empty string");
        }
        return node.asText().strip();
    }

    static int integer(JsonNode body, String field, int fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.asInt() < 1) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a whole number >= 1, got " + node);
        }
        return node.asInt();
    }

    static double number(JsonNode body, String field, double fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a number, got " + node);
        }
        return node.asDouble();
    }

    static boolean bool(JsonNode body, String field, boolean fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be true or false, got " + node);
        }
        return node.asBoolean();
    }

    /** An enum written in kebab case ({@code f1-as-coded}); a bad value names the field and the choices. */
    static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type, E fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        return parseChoice(node.isTextual() ? node.asText() : node.toString(), field, type);
    }

    static <E extends Enum<E>> E parseChoice(String value, String field, Class<E> type) {
        String key = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw ApiException.badRequest(field, "Field '" + field + "': '" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(TaskRequest::kebab).collect(Collectors.joining(", ")));
    }

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
