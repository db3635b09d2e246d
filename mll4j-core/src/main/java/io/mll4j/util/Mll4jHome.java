package io.mll4j.util;

import java.nio.file.Path;

/**
 * Where mll4j keeps unpacked data, the graph artifact and the default hub:
 * system property {@code mll4j.home}, then environment variable {@code MLL4J_HOME}, then {@code ~/.cache/mll4j}.
 */
public final class Mll4jHome {
    private Mll4jHome() {
    }

    public static Path dir() {
        String prop = System.getProperty("mll4j.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MLL4J_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mll4j");
    }

    /** Unpacked and installed data sets. */
    public static Path data() {
        return dir().resolve("data");
    }

    /** The default hub directory (overridden by {@code mll4j.hub.dir} / {@code MLL4J_HUB_DIR}). */
    public static Path hub() {
        String prop = System.getProperty("mll4j.hub.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MLL4J_HUB_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return dir().resolve("hub");
    }
}
