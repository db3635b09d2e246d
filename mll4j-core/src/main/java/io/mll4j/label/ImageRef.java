package io.mll4j.label;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image to label, identified by its content hash so that an image pooled into several graph nodes
 * is embedded once.
 *
 * @param path   where to read it
 * @param sha256 its content hash (lowercase hex)
 */
public record ImageRef(Path path, String sha256) {
    public ImageRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
