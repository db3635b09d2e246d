package io.mll4j.training.demo;

import io.mll4j.model.CachedTextEmbedder;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.text.TextEncoders;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frozen text encoders of a build or an evaluation, each loaded once and memoised (in memory, and on disk when
 * a cache folder is given; the presets embed one text per run, so cached vectors equal fresh ones). Models get
 * views whose {@code close()} does nothing; {@link #close()} releases the encoders.
 */
final class SharedTextEncoders implements AutoCloseable {
    private final Path cacheDir;
    private final Map<String, CachedTextEmbedder> encoders = new LinkedHashMap<>();

    /** @param cacheDir disk cache of embeddings, or {@code null} for memory only */
    SharedTextEncoders(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The encoder with this id ({@link TextEncoders#byId}); an unknown id names the known ones. */
    synchronized TextEmbedder get(String id) {
        CachedTextEmbedder encoder = encoders.computeIfAbsent(id, k -> CachedTextEmbedder.builder()
                .setEmbedder(TextEncoders.byId(k).load()).optCacheDir(cacheDir).build());
        return new TextEmbedder() {
            @Override
            public String id() {
                return encoder.id();
            }

            @Override
            public int dimension() {
                return encoder.dimension();
            }

            @Override
            public float[][] embed(List<String> texts) {
                return encoder.embed(texts);
            }

            @Override
            public void close() {
                // shared: released by SharedTextEncoders.close()
            }
        };
    }

    @Override
    public synchronized void close() {
        encoders.values().forEach(CachedTextEmbedder::close);
        encoders.clear();
    }
}
