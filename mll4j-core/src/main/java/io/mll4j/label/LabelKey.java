package io.mll4j.label;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.TokenizerSpec;
import io.mll4j.image.Preprocessing;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a stored label depends on: the exact model file, the graph version and the node-text variant.
 * Any change to one of them makes a different label; nothing is ever edited in place.
 *
 * @param modelId      hub id of the model
 * @param modelSha256  hash of the model's files (manifest hash)
 * @param graphVersion content version of the graph
 * @param textVariant  node text used for labeling
 */
public record LabelKey(String modelId, String modelSha256, String graphVersion, String textVariant) {
    public LabelKey {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(modelSha256, "modelSha256");
        Objects.requireNonNull(graphVersion, "graphVersion");
        Objects.requireNonNull(textVariant, "textVariant");
    }

    /**
     * The key of a hub model's label: its fingerprint covers everything that changes its embeddings (file digests,
     * preprocessing, tokenizer, text encoder, tensor names) and nothing that does not (cost, provenance, scores).
     *
     * @param manifest     the admitted manifest (files carry their digests)
     * @param graphVersion version of the graph labeled on
     * @param nodeText     node text variant
     * @return the key
     */
    public static LabelKey of(ModelManifest manifest, String graphVersion, NodeText nodeText) {
        record Fingerprint(List<ModelFile> files, Preprocessing preprocessing, TokenizerSpec tokenizer,
                           String textEncoder, Map<String, String> ioNames) {
        }
        List<ModelFile> files = manifest.files().stream()
                .map(f -> new ModelFile(f.role(), f.path(), null, f.sha256())).toList();
        String json = Json.write(new Fingerprint(files, manifest.preprocessing(), manifest.tokenizer(),
                manifest.textEncoder(), manifest.ioNames()));
        return new LabelKey(manifest.id(), Hashes.sha256(json.getBytes(StandardCharsets.UTF_8)), graphVersion,
                variantId(nodeText));
    }

    /** The text-variant part of a key: {@code gloss}, {@code name-which-is-gloss} or {@code name}. */
    public static String variantId(NodeText nodeText) {
        return nodeText.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Folder name of this label under its model's folder. */
    public String folderName() {
        return shortHash(modelSha256) + "-" + shortHash(graphVersion) + "-" + textVariant.replaceAll("[^a-z0-9]+", "_");
    }

    private static String shortHash(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
