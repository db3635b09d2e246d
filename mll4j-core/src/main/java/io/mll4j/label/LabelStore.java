package io.mll4j.label;

import io.mll4j.exception.Mll4jException;
import io.mll4j.util.Directories;
import io.mll4j.util.FloatMatrices;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored labels: {@code <root>/<modelId>/<key folder>/} holding {@code label.json} (key, shapes, time),
 * {@code images.bin}, {@code texts.bin} and {@code nodes.json}. A label folder is staged and renamed into place,
 * so readers see a whole label or none. Per-model image-embedding caches live in {@code <root>/<modelId>/cache-*}.
 */
public final class LabelStore {
    private final Path root;

    public LabelStore(Path root) {
        this.root = root;
    }

    /** The folder holding every model's labels. */
    public Path root() {
        return root;
    }

    /** The labels kept with a hub: {@code <hub>/labels}. */
    public static LabelStore inHub(Path hubDirectory) {
        return new LabelStore(hubDirectory.resolve("labels"));
    }

    /** Whether a whole label with this key is stored. */
    public boolean exists(LabelKey key) {
        return Files.isRegularFile(root.resolve(key.modelId()).resolve(key.folderName()).resolve("label.json"));
    }

    /** Where a labeler for this key keeps its resumable image-embedding cache. */
    public Path cacheDir(LabelKey key) {
        return root.resolve(key.modelId()).resolve("cache-" + key.modelSha256().substring(0,
                Math.min(12, key.modelSha256().length())));
    }

    /** Metadata written beside each label. */
    public record Metadata(LabelKey key, int nodes, int images, int dimension, String createdAt) {
    }

    public Optional<EmbeddingLabel> load(LabelKey key) {
        Path dir = root.resolve(key.modelId()).resolve(key.folderName());
        if (!Files.isRegularFile(dir.resolve("label.json"))) {
            return Optional.empty();
        }
        int[][] nodes = readNodes(dir.resolve("nodes.json"));
        return Optional.of(new EmbeddingLabel(FloatMatrices.read(dir.resolve("images.bin")),
                FloatMatrices.read(dir.resolve("texts.bin")), nodes));
    }

    public void save(LabelKey key, EmbeddingLabel label) {
        int dim = label.textEmbeddings().length == 0 ? 0 : label.textEmbeddings()[0].length;
        Directories.replace(root.resolve(key.modelId()).resolve(key.folderName()), staging -> {
            FloatMatrices.write(staging.resolve("images.bin"), label.imageEmbeddings());
            FloatMatrices.write(staging.resolve("texts.bin"), label.textEmbeddings());
            Json.writeAtomically(staging.resolve("nodes.json"), label.nodeImages());
            Json.writeAtomically(staging.resolve("label.json"), new Metadata(key, label.nodeCount(),
                    label.imageEmbeddings().length, dim, Instant.now().toString()));
        });
    }

    /** The folder of a label (it may not exist yet); files derived from the label, such as indexes, live here too. */
    public Path folder(LabelKey key) {
        return root.resolve(key.modelId()).resolve(key.folderName());
    }

    private static int[][] readNodes(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), int[][].class);
        } catch (IOException e) {
            throw new Mll4jException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
