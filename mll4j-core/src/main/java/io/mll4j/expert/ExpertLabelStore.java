package io.mll4j.expert;

import io.mll4j.exception.Mll4jException;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.util.Directories;
import io.mll4j.util.FloatMatrices;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored expert labels, beside the VLM labels of {@link LabelStore} and with the same layout:
 * {@code <root>/<modelId>/<key folder>/} holding {@code label.json} (key, shapes, time), {@code outputs.bin}
 * (softmax rows) and {@code nodes.json}. A label folder is staged and renamed into place, so readers see a whole
 * label or none. Expert labels do not depend on node texts: their key uses {@link #OUTPUT_VARIANT}.
 */
public final class ExpertLabelStore {
    /** The key's text variant for expert labels: what is stored is a softmax over the head, not a text score. */
    public static final String OUTPUT_VARIANT = "softmax";

    private final Path root;

    public ExpertLabelStore(Path root) {
        this.root = root;
    }

    /** The key of an expert's label on a graph version. */
    public static LabelKey key(String modelId, String modelSha256, String graphVersion) {
        return new LabelKey(modelId, modelSha256, graphVersion, OUTPUT_VARIANT);
    }

    /** The key of a hub expert's label on a graph version (its fingerprint as for VLM labels). */
    public static LabelKey keyOf(io.mll4j.hub.ModelManifest manifest, String graphVersion) {
        return key(manifest.id(), LabelKey.fingerprint(manifest), graphVersion);
    }

    /** The expert labels kept with a hub: {@code <hub>/labels}, beside the VLM labels. */
    public static ExpertLabelStore inHub(Path hubDirectory) {
        return new ExpertLabelStore(LabelStore.inHub(hubDirectory).root());
    }

    /** Whether a whole label with this key is stored. */
    public boolean exists(LabelKey key) {
        return Files.isRegularFile(root.resolve(key.modelId()).resolve(key.folderName()).resolve("label.json"));
    }

    /** Where an expert labeler for this key keeps its resumable output cache (same rule as VLM labels). */
    public Path cacheDir(LabelKey key) {
        return new LabelStore(root).cacheDir(key);
    }

    /** Metadata written beside each label. */
    public record Metadata(LabelKey key, int nodes, int images, int headSize, String createdAt) {
    }

    public Optional<ExpertLabel> load(LabelKey key) {
        Path dir = root.resolve(key.modelId()).resolve(key.folderName());
        if (!Files.isRegularFile(dir.resolve("label.json"))) {
            return Optional.empty();
        }
        try {
            int[][] nodes = Json.mapper().readValue(dir.resolve("nodes.json").toFile(), int[][].class);
            return Optional.of(new ExpertLabel(FloatMatrices.read(dir.resolve("outputs.bin")), nodes));
        } catch (IOException e) {
            throw new Mll4jException("Cannot read expert label " + dir + ": " + e.getMessage(), e);
        }
    }

    public void save(LabelKey key, ExpertLabel label) {
        Directories.replace(root.resolve(key.modelId()).resolve(key.folderName()), staging -> {
            FloatMatrices.write(staging.resolve("outputs.bin"), label.outputs());
            Json.writeAtomically(staging.resolve("nodes.json"), label.nodeImages());
            Json.writeAtomically(staging.resolve("label.json"), new Metadata(key, label.nodeImages().length,
                    label.imageCount(), label.headSize(), Instant.now().toString()));
        });
    }
}
