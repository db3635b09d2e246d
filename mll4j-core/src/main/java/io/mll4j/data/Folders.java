package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Whole-folder operations of data setup: build a folder aside, then swap it in, so readers never see half of one. */
final class Folders {
    private Folders() {
    }

    /** A fresh, empty staging folder next to {@code target}. */
    static Path staging(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
            setPermissions(staging, "rwxr-xr-x");
            return staging;
        } catch (IOException e) {
            throw new DataException("Cannot create a staging folder next to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code target} by {@code staging} (rename), then deletes the old content. */
    static void replace(Path staging, Path target) {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old);
            }
            AtomicFiles.move(staging, target);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new DataException("Cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes staging and old folders that an interrupted setup left in {@code dir}. */
    static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("\\..+\\.(staging|old)-.*")).forEach(Folders::deleteRecursively);
        } catch (IOException e) {
            throw new DataException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes an installed file world-readable: temporary files (hence atomic writes) start as owner-only. */
    static void publish(Path file) {
        setPermissions(file, "rw-r--r--");
    }

    private static void setPermissions(Path path, String perms) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        } catch (IOException e) {
            throw new DataException("Cannot set permissions of " + path + ": " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path root) {
        try {
            io.mll4j.util.Directories.deleteRecursively(root);
        } catch (IOException e) {
            throw new DataException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
