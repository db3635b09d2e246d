package io.mll4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results folder: one JSON per run ({@link RunKey#fileName()}), plus one {@code {task}.hub-growth.json} per task.
 * Files are written atomically, so a killed benchmark leaves whole files only and a rerun skips them.
 */
public final class RunStore {
    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path path(RunKey key) {
        return dir.resolve(key.fileName());
    }

    public static String growthFileName(String task) {
        return task + ".hub-growth.json";
    }

    /** Whether a run with this key and fingerprint is stored (same key, other fingerprint: stale). */
    public boolean isDone(RunKey key, String fingerprint) {
        return fingerprintOf(path(key)).map(fingerprint::equals).orElse(false);
    }

    /** Whether the growth study of a task with this fingerprint is stored. */
    public boolean isGrowthDone(String task, String fingerprint) {
        return fingerprintOf(dir.resolve(growthFileName(task))).map(fingerprint::equals).orElse(false);
    }

    /** The stored fingerprint of a file, if it exists and is readable. */
    private static Optional<String> fingerprintOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            return Optional.ofNullable(node.path("fingerprint").asText(null));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: rerun and replace it
        }
    }

    public void write(RunRecord record) {
        Json.writeAtomically(path(record.key()), record);
    }

    public void write(GrowthRecord record) {
        Json.writeAtomically(dir.resolve(growthFileName(record.task())), record);
    }

    /** Every run record of the folder, in file-name order. */
    public List<RunRecord> runs() {
        return read(RunRecord.KIND, RunRecord.class);
    }

    /** Every growth record of the folder, in file-name order. */
    public List<GrowthRecord> growth() {
        return read(GrowthRecord.KIND, GrowthRecord.class);
    }

    private <T> List<T> read(String kind, Class<T> type) {
        if (!Files.isDirectory(dir)) {
            throw new DataException("Results folder " + dir + " does not exist; run `mll bench` first");
        }
        List<T> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode node;
                try {
                    node = Json.mapper().readTree(f.toFile());
                } catch (IOException e) {
                    throw new DataException("Cannot read result " + f + ": " + e.getMessage(), e);
                }
                if (kind.equals(node.path("kind").asText())) {
                    out.add(Json.mapper().treeToValue(node, type));
                }
            }
        } catch (IOException e) {
            throw new DataException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
