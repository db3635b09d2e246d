package io.mll4j.select;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.exception.DataException;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Json;
import io.mll4j.util.PythonJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A selection on disk, in one output folder: {@code selected_{α}_{k}.json} in the official format
 * ({@code {class name: [model, …]}}, classes in task order, α as Python prints it, e.g. {@code selected_0.7_1.json}),
 * and the full report as {@value #REPORT_JSON} and {@value #REPORT_MARKDOWN} (the latest selection written to the
 * folder). Every file is written atomically.
 */
public final class SelectionFiles {
    public static final String REPORT_JSON = "selection-report.json";
    public static final String REPORT_MARKDOWN = "selection-report.md";

    private SelectionFiles() {
    }

    /** The official file name for α and k. */
    public static String officialName(double alpha, int k) {
        return "selected_" + alpha + "_" + k + ".json";
    }

    /**
     * Writes the three files.
     *
     * @return the official selection file
     */
    public static Path write(SelectionReport report, Path dir) {
        SelectionConfig config = report.provenance().config();
        Path official = dir.resolve(officialName(config.alpha(), config.k()));
        // byte for byte what the official Python writes (json.dump defaults), classes in task order
        AtomicFiles.write(official, PythonJson.dumps(report.selected())
                .getBytes(StandardCharsets.UTF_8));
        Json.writeAtomically(dir.resolve(REPORT_JSON), report);
        AtomicFiles.write(dir.resolve(REPORT_MARKDOWN),
                SelectionReportMarkdown.render(report).getBytes(StandardCharsets.UTF_8));
        return official;
    }

    /**
     * Reads a report: {@code path} is the report JSON or a folder holding {@value #REPORT_JSON}.
     *
     * @throws DataException naming the file when it is missing or not a report
     */
    public static SelectionReport readReport(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(REPORT_JSON) : path;
        if (!Files.isRegularFile(file)) {
            throw new DataException("No selection report at " + file + " (write one with `mll select --out DIR`)");
        }
        try {
            return Json.mapper().readValue(file.toFile(), SelectionReport.class);
        } catch (JacksonException e) {
            throw new DataException("Selection report " + file + " is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataException("Cannot read selection report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an official selection file, classes in file order.
     *
     * @throws DataException naming the file when it is not {@code {class: [model, …]}}
     */
    public static Map<String, List<String>> readOfficial(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException("Cannot read selection " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new DataException("Selection " + file + " must be a JSON object {\"class\": [\"model\", ...]}");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> models = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new DataException("Selection " + file + ": '" + e.getKey() + "' must map to a list of model ids");
            }
            e.getValue().forEach(m -> models.add(m.asText()));
            out.put(e.getKey(), List.copyOf(models));
        }
        return out;
    }
}
