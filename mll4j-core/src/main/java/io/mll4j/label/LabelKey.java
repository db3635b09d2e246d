package io.mll4j.label;

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

    /** Folder name of this label under its model's folder. */
    public String folderName() {
        return shortHash(modelSha256) + "-" + shortHash(graphVersion) + "-" + textVariant.replaceAll("[^a-z0-9]+", "_");
    }

    private static String shortHash(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
