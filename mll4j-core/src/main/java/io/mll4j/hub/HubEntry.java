package io.mll4j.hub;

import io.mll4j.exception.HubException;

import java.nio.file.Path;

/**
 * A model in the hub: its manifest and the folder holding its files.
 *
 * @param manifest  the admitted manifest (sizes, digests and cost filled in)
 * @param directory the entry folder {@code <hub>/<id>}
 */
public record HubEntry(ModelManifest manifest, Path directory) {

    public String id() {
        return manifest.id();
    }

    /**
     * The file with the given role.
     *
     * @throws HubException when the entry has no file with that role
     */
    public Path file(String role) {
        return manifest.file(role).map(f -> directory.resolve(f.path()))
                .orElseThrow(() -> new HubException("Model '" + id() + "' has no file with role '" + role + "'"));
    }
}
