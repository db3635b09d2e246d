package io.mll4j.combine;

import com.fasterxml.jackson.core.JacksonException;
import io.mll4j.exception.DataException;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Paper A's selection on disk, in one output folder: {@value #REPORT_JSON} (the whole report, including the
 * combination {@code mll predict} runs) and {@value #REPORT_MARKDOWN} for people. Written atomically; the latest
 * selection written to a folder owns them.
 */
public final class ChcoFiles {
    public static final String REPORT_JSON = "chco-report.json";
    public static final String REPORT_MARKDOWN = "chco-report.md";

    private ChcoFiles() {
    }

    /** Writes both files; returns the JSON report's path. */
    public static Path write(ChcoReport report, Path dir) {
        Path json = dir.resolve(REPORT_JSON);
        Json.writeAtomically(json, report);
        AtomicFiles.write(dir.resolve(REPORT_MARKDOWN),
                ChcoReportMarkdown.render(report).getBytes(StandardCharsets.UTF_8));
        return json;
    }

    /** Whether {@code path} is a CHCO report or a folder holding one. */
    public static boolean isReport(Path path) {
        return Files.isDirectory(path) ? Files.isRegularFile(path.resolve(REPORT_JSON))
                : path.getFileName().toString().equals(REPORT_JSON);
    }

    /**
     * Reads a report: {@code path} is the report JSON or a folder holding {@value #REPORT_JSON}.
     *
     * @throws DataException naming the file when it is missing or not a report
     */
    public static ChcoReport read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(REPORT_JSON) : path;
        if (!Files.isRegularFile(file)) {
            throw new DataException("No CHCO report at " + file + " (write one with `mll select --method chco --out DIR`)");
        }
        try {
            ChcoReport report = Json.mapper().readValue(file.toFile(), ChcoReport.class);
            if (report.combination() == null || report.classes().isEmpty()) {
                throw new DataException("CHCO report " + file + " has no combination or no classes");
            }
            return report;
        } catch (JacksonException e) {
            throw new DataException("CHCO report " + file + " is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataException("Cannot read CHCO report " + file + ": " + e.getMessage(), e);
        }
    }
}
