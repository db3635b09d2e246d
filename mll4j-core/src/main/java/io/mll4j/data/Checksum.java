package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.Hashes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks files against the sha256 a manifest pins. */
final class Checksum {
    private Checksum() {
    }

    /** Whether {@code file} exists with digest {@code sha256}. */
    static boolean matches(Path file, String sha256) {
        return Files.isRegularFile(file) && Hashes.sha256(file).equalsIgnoreCase(sha256);
    }

    /** Throws a {@link DataException} naming {@code what} and {@code file} unless the digest is {@code sha256}. */
    static void verify(Path file, String sha256, String what) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(what + ": " + file + " is missing");
        }
        String actual = Hashes.sha256(file);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new DataException(what + ": sha256 mismatch for " + file + ": expected " + sha256 + ", got " + actual
                    + " (a changed or damaged file; in a git checkout, check that the file is not an LFS pointer)");
        }
    }
}
