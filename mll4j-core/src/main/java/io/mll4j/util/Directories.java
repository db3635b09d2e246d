package io.mll4j.util;

import io.mll4j.exception.Mll4jException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Folder-level counterparts of {@link AtomicFiles}: staged replacement and recursive deletion. */
public final class Directories {
    private Directories() {
    }

    /** Something that fills a fresh folder. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    /**
     * Replaces {@code target} with a folder filled by {@code filler}: the content is written to a hidden staging
     * sibling and renamed into place, so readers see the old folder or the whole new one, never a partial one.
     */
    public static void replace(Path target, Filler filler) {
        Path staging = target.resolveSibling(".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            filler.fill(staging);
            deleteRecursively(target);
            AtomicFiles.move(staging, target);
        } catch (IOException e) {
            throw new Mll4jException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteRecursively(staging);
            } catch (IOException e) {
                // the staging folder is hidden and cleaned by the next writer; the original failure matters more
            }
        }
    }

    /** Deletes {@code root} and everything below it (links are deleted, not followed); absent is fine. */
    public static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
