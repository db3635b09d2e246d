package io.mll4j.model;

import io.mll4j.util.Hashes;
import io.mll4j.util.Mll4jHome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A {@link TextEmbedder} that never embeds the same text twice: vectors are kept in memory and, optionally, on disk
 * under {@code cacheDir/<embedder id>/}, keyed by the SHA-256 of the text. The embedder id must therefore change
 * whenever anything that changes its output changes (model, pooling, prefix). Disk files are written atomically; a
 * corrupt one is reported, deleted and its texts embedded again. Owns (and closes) the wrapped embedder.
 * Thread-safe; concurrent calls may occasionally embed the same new text twice, with identical results.
 */
public final class CachedTextEmbedder implements TextEmbedder {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final TextEmbedder embedder;
    private final EmbeddingCacheFiles files; // null: memory only
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    private CachedTextEmbedder(TextEmbedder embedder, Path cacheDir) {
        this.embedder = embedder;
        if (cacheDir == null) {
            this.files = null;
        } else {
            this.files = new EmbeddingCacheFiles(cacheDir.resolve(embedder.id()), embedder.dimension());
            files.loadInto(vectors);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The conventional disk cache location: {@code <mll4j home>/cache/text-embeddings}. */
    public static Path defaultCacheDir() {
        return Mll4jHome.dir().resolve("cache").resolve("text-embeddings");
    }

    @Override
    public String id() {
        return embedder.id();
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }

    /** Number of distinct texts whose vectors are cached (in memory, including those loaded from disk). */
    public int size() {
        return vectors.size();
    }

    @Override
    public float[][] embed(List<String> texts) {
        String[] keys = new String[texts.size()];
        Map<String, String> missing = new LinkedHashMap<>(); // key -> text, first occurrence only
        for (int i = 0; i < keys.length; i++) {
            String text = texts.get(i);
            if (text == null) {
                throw new IllegalArgumentException("Text " + i + " of " + texts.size() + " is null");
            }
            keys[i] = Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
            if (!vectors.containsKey(keys[i])) {
                missing.putIfAbsent(keys[i], text);
            }
        }
        if (!missing.isEmpty()) {
            embedMissing(missing);
        }
        float[][] result = new float[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            result[i] = vectors.get(keys[i]).clone(); // callers may modify their copy
        }
        return result;
    }

    private void embedMissing(Map<String, String> missing) {
        List<String> keys = new ArrayList<>(missing.keySet());
        float[][] computed = embedder.embed(new ArrayList<>(missing.values()));
        if (computed.length != keys.size()) {
            throw new IllegalStateException("Embedder " + id() + " returned " + computed.length + " vectors for "
                    + keys.size() + " texts");
        }
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < computed.length; i++) {
            if (computed[i].length != dimension()) {
                throw new IllegalStateException("Embedder " + id() + " returned a vector of " + computed[i].length
                        + " values; its dimension is " + dimension());
            }
            fresh.put(keys.get(i), computed[i].clone());
        }
        if (files != null) {
            files.write(fresh);
        }
        vectors.putAll(fresh);
    }

    /** Closes the wrapped embedder; idempotent if the embedder's close is (as the contract requires). */
    @Override
    public void close() {
        embedder.close();
    }

    /** {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private TextEmbedder embedder;
        private Path cacheDir;

        private Builder() {
        }

        /** Required: the embedder to wrap; this cache takes ownership and closes it. */
        public Builder setEmbedder(TextEmbedder embedder) {
            this.embedder = embedder;
            return this;
        }

        /** Optional: directory for the on-disk cache (e.g. {@link #defaultCacheDir()}); default memory only. */
        public Builder optCacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /** Builds the cache, loading existing disk entries of this embedder id. */
        public CachedTextEmbedder build() {
            if (embedder == null) {
                throw new IllegalArgumentException("CachedTextEmbedder: embedder is required");
            }
            if (cacheDir != null && !SAFE_ID.matcher(embedder.id()).matches()) {
                throw new IllegalArgumentException("CachedTextEmbedder: embedder id '" + embedder.id()
                        + "' cannot name a cache directory; use letters, digits, '.', '_' or '-'");
            }
            return new CachedTextEmbedder(embedder, cacheDir);
        }
    }
}
