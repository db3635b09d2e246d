package io.mll4j.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mll4j.exception.TaskException;
import io.mll4j.graph.Synset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A downstream task: what the user wants to classify, described by class names alone (paper B §1), optionally with
 * per-class captions (the official caption JSONs), per-class synset pins, and the dataset's domain and task strings.
 * Immutable and validated on construction: at least one class, no class twice after {@link #normalise}
 * (case, spaces, underscores), captions and pins only for task classes (their keys may use any spelling that
 * normalises to the class; they are stored under the class's own spelling), pins of the form {@code n} + 8 digits.
 * Checks that need a lexicon are in {@link TaskValidator}.
 *
 * @param name     a label for reports ({@code "task"} when absent)
 * @param classes  class names in task order (the order of predictions and of the official output)
 * @param captions per class, texts describing it (may be empty)
 * @param pins     per class, the WordNet 3.0 noun synset it means (overrides matching's first node)
 * @param domain   e.g. {@code "natural photograph"}, or {@code null}
 * @param taskType e.g. {@code "image classification"}, or {@code null} (JSON {@code "task"})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Task(String name, List<String> classes, Map<String, List<String>> captions, Map<String, String> pins,
                   String domain, @JsonProperty("task") String taskType) {

    public Task {
        name = name == null || name.isBlank() ? "task" : name.strip();
        classes = checkClasses(classes);
        Map<String, String> byKey = new HashMap<>();
        classes.forEach(c -> byKey.put(normalise(c), c));
        captions = checkCaptions(captions, byKey);
        pins = checkPins(pins, byKey);
    }

    /** A task of bare class names. */
    public static Task of(List<String> classes) {
        return new Task(null, classes, null, null, null, null);
    }

    public Task withName(String value) {
        return new Task(value, classes, captions, pins, domain, taskType);
    }

    public Task withCaptions(Map<String, List<String>> value) {
        return new Task(name, classes, value, pins, domain, taskType);
    }

    /** This task with {@code value} added to (and overriding) its pins. */
    public Task withPins(Map<String, String> value) {
        Map<String, String> merged = new LinkedHashMap<>(pins);
        merged.putAll(value);
        return new Task(name, classes, captions, merged, domain, taskType);
    }

    public Task withDomain(String domainValue, String taskTypeValue) {
        return new Task(name, classes, captions, pins, domainValue, taskTypeValue);
    }

    /** The captions of a class (empty when none). */
    public List<String> captionsOf(String className) {
        return captions.getOrDefault(className, List.of());
    }

    /** The synset a class is pinned to. */
    public Optional<String> pinOf(String className) {
        return Optional.ofNullable(pins.get(className));
    }

    /** The key under which class names are compared: lower case, {@code _} as space, runs of spaces collapsed. */
    public static String normalise(String className) {
        return className.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> checkClasses(List<String> classes) {
        if (classes == null || classes.isEmpty()) {
            throw new TaskException("A task needs at least one class name; none was given");
        }
        List<String> out = new ArrayList<>(classes.size());
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            String c = classes.get(i);
            if (c == null || c.isBlank()) {
                throw new TaskException("Class " + (i + 1) + " of " + classes.size() + " is empty");
            }
            String previous = seen.put(normalise(c), c.strip());
            if (previous != null) {
                throw new TaskException("Class '" + c.strip() + "' appears twice" + (previous.equals(c.strip()) ? ""
                        : " (also as '" + previous + "')") + "; class names must differ after ignoring case, "
                        + "spaces and underscores");
            }
            out.add(c.strip());
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> checkCaptions(Map<String, List<String>> captions,
                                                           Map<String, String> byKey) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (captions != null) {
            captions.forEach((key, texts) -> {
                String c = classFor(key, byKey, "captions");
                if (texts == null || texts.isEmpty() || texts.stream().anyMatch(t -> t == null || t.isBlank())) {
                    throw new TaskException("Captions of class '" + c + "' must be a non-empty list of non-empty texts");
                }
                out.put(c, List.copyOf(texts));
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> checkPins(Map<String, String> pins, Map<String, String> byKey) {
        Map<String, String> out = new LinkedHashMap<>();
        if (pins != null) {
            pins.forEach((key, id) -> {
                String c = classFor(key, byKey, "pin");
                if (!Synset.isValidId(id == null ? null : id.strip())) {
                    throw new TaskException("Pin of class '" + c + "': '" + id
                            + "' is not a WordNet noun synset id (n + 8 digits, e.g. n02123045)");
                }
                out.put(c, id.strip());
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static String classFor(String key, Map<String, String> byKey, String what) {
        String c = key == null ? null : byKey.get(normalise(key));
        if (c == null) {
            throw new TaskException("There is a " + what + " for '" + key + "', which is not a class of the task");
        }
        return c;
    }
}
