package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.nio.file.Path;

/**
 * One file of a hub entry.
 *
 * @param role   what the file is for: {@value #MODEL} (an expert), {@value #VISUAL} and {@value #TEXTUAL}
 *               (the towers of a VLM), {@value #IMAGE_TOWER} (a VLM image tower paired with a frozen text
 *               encoder), {@value #CLASSIFIER} (a classifier whose head, embedded by a frozen text encoder, is a
 *               VLM's image side: a ConSE composite), or any other role (e.g. {@code recipe}, which the checker
 *               only loads when it is an {@code .onnx} file)
 * @param path   location relative to the entry folder, with {@code /} separators, never leaving the folder
 * @param bytes  file size; {@code null} in a package not yet admitted (the hub measures it)
 * @param sha256 lowercase hex SHA-256; in a package, {@code null} (the hub computes it) or the expected digest
 *               (the hub verifies it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelFile(String role, String path, Long bytes, String sha256) {
    public static final String MODEL = "model";
    public static final String VISUAL = "visual";
    public static final String TEXTUAL = "textual";
    public static final String IMAGE_TOWER = "image-tower";
    /** A classifier reused as a VLM's image side (ConSE): its softmax over {@code labels} weighs their text embeddings. */
    public static final String CLASSIFIER = "classifier";

    public ModelFile {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("file role must not be blank");
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("file '" + role + "': path must not be blank");
        }
        Path p = Path.of(path).normalize();
        if (p.isAbsolute() || p.startsWith("..") || path.contains("\\") || p.toString().isEmpty()) {
            throw new IllegalArgumentException("file '" + role + "': path '" + path
                    + "' must be relative to the entry folder and stay inside it");
        }
        if (bytes != null && bytes < 0) {
            throw new IllegalArgumentException("file '" + path + "': bytes must be >= 0, got " + bytes);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("file '" + path + "': sha256 must be 64 lowercase hex digits");
        }
    }

    /** A file of a package to be admitted: size and digest are left to the hub. */
    public static ModelFile of(String role, String path) {
        return new ModelFile(role, path, null, null);
    }
}
