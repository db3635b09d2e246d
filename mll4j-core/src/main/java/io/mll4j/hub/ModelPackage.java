package io.mll4j.hub;

import com.fasterxml.jackson.core.JacksonException;
import io.mll4j.exception.HubException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model offered to the hub: a manifest whose file paths are resolved against a source folder.
 * Sizes and digests in the manifest may be absent (the hub measures them) or given (the hub verifies them).
 *
 * @param manifest        the manifest to admit; its cost profile is replaced by the checker's measurement
 * @param sourceDirectory the folder the manifest's file paths are relative to
 */
public record ModelPackage(ModelManifest manifest, Path sourceDirectory) {
    public ModelPackage {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    }

    /** Where a file of the manifest is found before admission. */
    public Path source(ModelFile file) {
        return sourceDirectory.resolve(file.path());
    }

    /**
     * A package described by a manifest file; its files are resolved next to it.
     *
     * @throws HubException naming the file when it is missing or not a valid manifest
     */
    public static ModelPackage fromManifestFile(Path manifestFile) {
        if (!Files.isRegularFile(manifestFile)) {
            throw new HubException("Manifest file not found: " + manifestFile);
        }
        try {
            ModelManifest manifest = Json.mapper().readValue(manifestFile.toFile(), ModelManifest.class);
            return new ModelPackage(manifest, manifestFile.toAbsolutePath().getParent());
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new HubException("Invalid manifest " + manifestFile + ": " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new HubException("Cannot read manifest " + manifestFile + ": " + e.getMessage(), e);
        }
    }
}
