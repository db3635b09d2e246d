package io.mll4j.task;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.exception.TaskException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads tasks from the inputs users have: a comma list, a class file (one name per line, {@code #} comments and
 * blank lines skipped, as the official {@code classnames/*.txt}), the official caption JSON
 * ({@code {class: [captions]}}, classes in file order), or a task JSON (a {@link Task} with a {@code classes} array).
 */
public final class TaskFiles {
    private TaskFiles() {
    }

    /** {@code "tabby cat, sneaker,seven"}: names split at commas and stripped; an empty piece is an error. */
    public static Task fromCommaList(String list) {
        if (list == null || list.isBlank()) {
            return Task.of(List.of());
        }
        return Task.of(List.of(list.split(",", -1)));
    }

    /** One class name per line. */
    public static Task fromClassFile(Path file) {
        List<String> classes = new ArrayList<>();
        for (String line : readLines(file)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                classes.add(s);
            }
        }
        if (classes.isEmpty()) {
            throw new TaskException("Class file " + file + " lists no class names");
        }
        return Task.of(classes).withName(baseName(file));
    }

    /** The official caption JSON: {@code {class: [captions]}}; a single string counts as one caption. */
    public static Task fromCaptionJson(Path file) {
        JsonNode root = readJson(file);
        if (!root.isObject() || root.isEmpty()) {
            throw new TaskException("Caption file " + file + " must be a JSON object {\"class name\": [captions]}");
        }
        Map<String, List<String>> captions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            captions.put(e.getKey(), texts(e.getValue(), file, e.getKey()));
        }
        return Task.of(new ArrayList<>(captions.keySet())).withCaptions(captions).withName(baseName(file));
    }

    /** A task JSON (with {@code "classes"}) or, failing that, an official caption JSON. */
    public static Task fromJson(Path file) {
        JsonNode root = readJson(file);
        if (!root.isObject() || !root.has("classes")) {
            return fromCaptionJson(file);
        }
        try {
            Task task = Json.mapper().treeToValue(root, Task.class);
            return root.has("name") ? task : task.withName(baseName(file));
        } catch (JacksonException e) {
            throw new TaskException("Task file " + file + " is not a valid task: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a task JSON atomically. */
    public static void write(Task task, Path file) {
        Json.writeAtomically(file, task);
    }

    private static List<String> texts(JsonNode value, Path file, String className) {
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new TaskException("Caption file " + file + ": captions of '" + className + "' must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> {
            if (!v.isTextual()) {
                throw new TaskException("Caption file " + file + ": a caption of '" + className + "' is not a text");
            }
            out.add(v.asText());
        });
        return out;
    }

    private static JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new TaskException("Task file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TaskException("Cannot read task file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TaskException("Class file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new TaskException("Cannot read class file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
