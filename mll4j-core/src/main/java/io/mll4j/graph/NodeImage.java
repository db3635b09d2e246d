package io.mll4j.graph;

import java.util.Objects;

/**
 * One representative image of a graph node.
 *
 * @param path   location relative to the data home ({@code Mll4jHome.data()}), always with {@code /} separators
 * @param sha256 lowercase hex SHA-256 of the file, so that a label computed on it can be traced and checked
 * @param origin where it comes from: {@code imagenet-sample} or {@code node-split/<dataset>/<class>}
 */
public record NodeImage(String path, String sha256, String origin) implements Comparable<NodeImage> {
    /** Origin of the one-image-per-class ImageNet sample. */
    public static final String IMAGENET_SAMPLE = "imagenet-sample";

    public NodeImage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(origin, "origin");
        if (path.isBlank() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("Image path must be relative with / separators: '" + path + "'");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a lowercase hex SHA-256 for " + path + ": '" + sha256 + "'");
        }
    }

    /** Origin of a dataset's node split class folder. */
    public static String nodeSplitOrigin(String dataset, String classId) {
        return "node-split/" + dataset + "/" + classId;
    }

    /** Images sort by path (then hash and origin, to agree with equals): the order used wherever order matters. */
    @Override
    public int compareTo(NodeImage o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = sha256.compareTo(o.sha256);
        }
        return c != 0 ? c : origin.compareTo(o.origin);
    }
}
