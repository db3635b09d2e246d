package io.mll4j.data;

import java.util.Map;

/**
 * {@code setup-stamp.json} of the data home, written atomically as the last step of a successful setup: what was
 * verified (by sha256) and installed. A later setup is a no-op while the manifest digest and format still match and
 * every installed path exists.
 *
 * @param format         stamp format; bumped when setup starts installing differently
 * @param manifestSha256 digest of the {@code MANIFEST.json} the setup followed
 * @param completedAt    ISO-8601 instant
 * @param paths          data-home paths the setup installed (files or folders), with the sha256 they came from
 * @param nodeSplit      images written per data set under {@code node-split/}
 * @param millis         wall time of the setup
 */
public record SetupStamp(int format, String manifestSha256, String completedAt, Map<String, String> paths,
                         Map<String, Integer> nodeSplit, long millis) {
    /** Current format; stamps of other formats are stale. */
    public static final int FORMAT = 1;
    /** File name of the stamp in the data home. */
    public static final String FILE = "setup-stamp.json";

    public SetupStamp {
        paths = paths == null ? Map.of() : Map.copyOf(paths);
        nodeSplit = nodeSplit == null ? Map.of() : Map.copyOf(nodeSplit);
    }
}
