package io.mll4j.interop;

import io.mll4j.select.ReuseScores;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.PythonJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official selection output {@code selected_{α}_{k}.json}: {@code {class name: ["{model}_{pretrained}", ...]}},
 * classes in task order, models best first, written byte for byte as the official {@code selection.py} does
 * ({@code json.dump} with default arguments, file name from Python's {@code f"selected_{alpha}_{k}.json"}).
 */
public final class OfficialSelection {
    private OfficialSelection() {
    }

    /** {@code selected_0.7_1.json} for α = 0.7, k = 1 (α formatted as Python formats a float). */
    public static String fileName(double alpha, int k) {
        return "selected_" + PythonJson.repr(alpha) + "_" + k + ".json";
    }

    /**
     * The top-k models of every class.
     *
     * @param classes class names in task order
     * @param models  model names in hub order (official: {@code {model}_{pretrained}})
     */
    public static Map<String, List<String>> of(List<String> classes, List<String> models, ReuseScores scores, int k) {
        if (scores.scores().length != models.size()) {
            throw new IllegalArgumentException(models.size() + " model names for " + scores.scores().length
                    + " scored models");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int y = 0; y < classes.size(); y++) {
            List<String> chosen = new ArrayList<>();
            for (int m : scores.topK(y, k)) {
                chosen.add(models.get(m));
            }
            if (out.put(classes.get(y), chosen) != null) {
                throw new IllegalArgumentException("class '" + classes.get(y) + "' is listed twice");
            }
        }
        return out;
    }

    /** The file's bytes. */
    public static byte[] bytes(Map<String, List<String>> selection) {
        return PythonJson.dumps(selection).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Writes {@code dir/selected_{α}_{k}.json} atomically.
     *
     * @return the file
     */
    public static Path write(Path dir, double alpha, int k, Map<String, List<String>> selection) {
        Path file = dir.resolve(fileName(alpha, k));
        AtomicFiles.write(file, bytes(selection));
        return file;
    }
}
