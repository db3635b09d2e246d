package io.mll4j.onnx.text;

import java.util.EnumMap;
import java.util.Map;

/**
 * Loads each bundled encoder once per test JVM (surefire reuses one fork), so that test classes sharing them stay
 * fast; the sessions live until the JVM exits.
 */
final class LoadedEncoders {
    private static final Map<TextEncoders, OnnxTextEmbedder> LOADED = new EnumMap<>(TextEncoders.class);

    private LoadedEncoders() {
    }

    static synchronized OnnxTextEmbedder get(TextEncoders encoder) {
        return LOADED.computeIfAbsent(encoder, e -> e.builder().optThreads(2).build());
    }
}
