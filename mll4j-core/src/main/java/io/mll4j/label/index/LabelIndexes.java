package io.mll4j.label.index;

import io.mll4j.exception.DataException;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.progress.Progress;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Top-N indexes of stored labels: {@code topn-<n>.idx} inside the label's folder. A label is never edited in place
 * (a new one replaces the whole folder), so an index found there always belongs to the label beside it.
 */
public final class LabelIndexes {
    /** Entries per row unless told otherwise: 32 bytes a row (see docs/performance.md for the fallback rates). */
    public static final int DEFAULT_TOP_N = 16;

    private LabelIndexes() {
    }

    /** Where the index with {@code n} entries per row of a stored label lives. */
    public static Path file(LabelStore store, LabelKey key, int n) {
        return store.folder(key).resolve("topn-" + n + ".idx");
    }

    /**
     * Opens the index of a stored label, writing it first when absent; fallbacks use the label's embeddings.
     *
     * @param label the stored label of {@code key} (as {@link LabelStore#load} returns it)
     */
    public static TopNIndex open(LabelStore store, LabelKey key, EmbeddingLabel label, int n, Progress progress) {
        Path file = file(store, key, n);
        EmbeddingRows rows = new EmbeddingRows(label);
        if (!Files.isRegularFile(file)) {
            TopNIndexWriter.write(file, rows, n, progress);
        }
        return TopNIndex.open(file, rows);
    }

    /** Keys of every label stored under {@code root} (read from each {@code label.json}), sorted by model id. */
    public static List<LabelKey> storedKeys(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DataException("No label store at " + root);
        }
        List<LabelKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.find(root, 3, (p, a) -> p.getFileName().toString().equals("label.json"))) {
            for (Path f : files.sorted().toList()) {
                keys.add(Json.mapper().readValue(f.toFile(), LabelStore.Metadata.class).key());
            }
        } catch (IOException e) {
            throw new DataException("Cannot list labels under " + root + ": " + e.getMessage(), e);
        }
        return keys;
    }
}
