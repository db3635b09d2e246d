package io.mll4j.label;

import io.mll4j.exception.Mll4jException;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.FloatMatrices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One model's per-image vectors (VLM embeddings, expert softmax outputs) by image content hash, persisted as
 * numbered chunks. Each chunk is written
 * atomically (embeddings first, then its hash list, which commits it), so a killed labeling run loses at most the
 * chunk in flight and a rerun computes only what is missing; a new graph node costs only its new images.
 */
public final class ImageEmbeddingCache {
    private final Path dir;
    private final Map<String, float[]> embeddings = new HashMap<>();
    private int nextChunk;

    /** Opens (and loads) the cache in {@code dir}; a missing directory is an empty cache. */
    public ImageEmbeddingCache(Path dir) {
        this.dir = dir;
        load();
    }

    public boolean contains(String sha256) {
        return embeddings.containsKey(sha256);
    }

    public float[] get(String sha256) {
        return embeddings.get(sha256);
    }

    public int size() {
        return embeddings.size();
    }

    /** Persists one computed batch as a new chunk and keeps it in memory. */
    public void put(List<String> hashes, float[][] batch) {
        String name = String.format("chunk-%06d", nextChunk++);
        FloatMatrices.write(dir.resolve(name + ".bin"), batch);
        AtomicFiles.write(dir.resolve(name + ".sha"), String.join("\n", hashes).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hashes.size(); i++) {
            embeddings.put(hashes.get(i), batch[i]);
        }
    }

    private void load() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path sha : files.filter(p -> p.getFileName().toString().endsWith(".sha")).sorted().toList()) {
                String name = sha.getFileName().toString().replace(".sha", "");
                nextChunk = Math.max(nextChunk, Integer.parseInt(name.substring("chunk-".length())) + 1);
                Path bin = dir.resolve(name + ".bin");
                List<String> hashes = Files.readAllLines(sha, StandardCharsets.UTF_8);
                float[][] batch = FloatMatrices.read(bin);
                if (batch.length != hashes.size()) {
                    throw new Mll4jException("embedding cache chunk " + bin + " holds " + batch.length
                            + " rows for " + hashes.size() + " hashes; delete " + dir + " to relabel");
                }
                for (int i = 0; i < hashes.size(); i++) {
                    embeddings.put(hashes.get(i), batch[i]);
                }
            }
        } catch (IOException e) {
            throw new Mll4jException("Cannot read embedding cache " + dir + ": " + e.getMessage(), e);
        }
    }
}
