package io.mll4j.hub;

import io.mll4j.exception.HubException;
import io.mll4j.util.Directories;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The on-disk layout of a hub: {@code <hub>/<id>/entry.json} per model, plus hidden {@code .staging-*} and
 * {@code .trash-*} folders that exist only while a writer works (or after it was killed) and that readers skip.
 */
final class HubFolder {
    private static final String STAGING_PREFIX = ".staging-";
    private static final String TRASH_PREFIX = ".trash-";

    private final Path root;

    HubFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path entry(String id) {
        return root.resolve(id);
    }

    /** Whether an admitted entry with this id exists (a folder with an {@code entry.json}). */
    boolean exists(String id) {
        return ModelManifest.isValidId(id) && Files.isRegularFile(entry(id).resolve(ModelHub.ENTRY_FILE));
    }

    /** Ids of admitted entries, sorted; staging, trash and stray folders are ignored. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return ids;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (exists(name)) {
                    ids.add(name);
                }
            }
        } catch (IOException e) {
            throw new HubException("Cannot list hub " + root + ": " + e.getMessage(), e);
        }
        ids.sort(null);
        return ids;
    }

    /** A fresh, empty staging folder inside the hub (same file system, so the final rename is atomic). */
    Path newStaging() throws IOException {
        return Files.createDirectory(root.resolve(STAGING_PREFIX + UUID.randomUUID()));
    }

    /** Where an entry goes to be deleted: renamed away first, so readers never see it half-deleted. */
    Path newTrash(String id) {
        return root.resolve(TRASH_PREFIX + id + "-" + UUID.randomUUID());
    }

    /** Deletes staging and trash folders left by a killed writer. Call only while holding the hub lock. */
    void cleanLeftovers() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root,
                p -> p.getFileName().toString().startsWith(STAGING_PREFIX)
                        || p.getFileName().toString().startsWith(TRASH_PREFIX))) {
            for (Path dir : dirs) {
                Directories.deleteRecursively(dir);
            }
        } catch (IOException e) {
            throw new HubException("Cannot clean leftovers in hub " + root + ": " + e.getMessage(), e);
        }
    }
}
