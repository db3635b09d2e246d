package io.mll4j.model;

import io.mll4j.exception.Mll4jException;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Hashes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The on-disk side of {@link CachedTextEmbedder}: one directory per embedder id holding segment files, each written
 * atomically once and never modified. A segment is {@code "MLLE"}, version, dimension, count (big-endian ints),
 * then per entry the 32-byte SHA-256 of the UTF-8 text and {@code dimension} float32 values. Unreadable segments are
 * reported and deleted (their texts are simply embedded again); many small segments are merged into one.
 */
final class EmbeddingCacheFiles {
    static final String SUFFIX = ".emb";
    private static final int MAGIC = 0x4D4C4C45; // "MLLE"
    private static final int VERSION = 1;
    private static final int MERGE_ABOVE = 32;
    private static final System.Logger LOG = System.getLogger(EmbeddingCacheFiles.class.getName());

    private final Path dir;
    private final int dimension;

    EmbeddingCacheFiles(Path dir, int dimension) {
        this.dir = dir;
        this.dimension = dimension;
    }

    /** Reads every readable segment into {@code into} (hex sha256 → vector); merges segments when there are many. */
    void loadInto(Map<String, float[]> into) {
        List<Path> segments = segments();
        List<Path> readable = new ArrayList<>();
        Map<String, float[]> loaded = new TreeMap<>();
        for (Path segment : segments) {
            try {
                read(segment, loaded);
                readable.add(segment);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring and deleting corrupt text-embedding cache file "
                        + segment + " (" + e.getMessage() + "); its texts will be embedded again");
                deleteQuietly(segment);
            }
        }
        into.putAll(loaded);
        if (readable.size() > MERGE_ABOVE) {
            Path merged = write(loaded);
            readable.stream().filter(p -> !p.equals(merged)).forEach(EmbeddingCacheFiles::deleteQuietly);
        }
    }

    /**
     * Writes one new segment holding {@code entries} (hex sha256 → vector), named by the hash of its keys;
     * returns it, or null if there was nothing to write.
     */
    Path write(Map<String, float[]> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        Map<String, float[]> sorted = new TreeMap<>(entries);
        String name = Hashes.sha256(String.join("\n", sorted.keySet()).getBytes(StandardCharsets.UTF_8));
        Path target = dir.resolve(name + SUFFIX);
        if (Files.exists(target)) {
            return target; // same keys already written (by an earlier merge or another process)
        }
        AtomicFiles.write(target, out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(dimension);
            data.writeInt(sorted.size());
            for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                data.write(HexFormat.of().parseHex(e.getKey()));
                for (float v : e.getValue()) {
                    data.writeFloat(v);
                }
            }
            data.flush();
        });
        return target;
    }

    private void read(Path segment, Map<String, float[]> into) throws IOException {
        long expectedEntryBytes = 32L + 4L * dimension;
        try (InputStream in = Files.newInputStream(segment);
             DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IOException("not an mll4j embedding cache file (version " + VERSION + ")");
            }
            int dim = data.readInt();
            int count = data.readInt();
            if (dim != dimension) {
                throw new IOException("dimension " + dim + ", expected " + dimension);
            }
            if (count < 0 || Files.size(segment) != 16 + count * expectedEntryBytes) {
                throw new IOException("size does not match its " + count + " entries");
            }
            Map<String, float[]> entries = new TreeMap<>();
            byte[] key = new byte[32];
            for (int i = 0; i < count; i++) {
                data.readFully(key);
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = data.readFloat();
                }
                entries.put(HexFormat.of().formatHex(key), v);
            }
            into.putAll(entries); // only once the whole file has been read
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
    }

    private List<Path> segments() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> segments = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(segments::add);
        } catch (IOException e) {
            throw new Mll4jException("Cannot list text-embedding cache " + dir + ": " + e.getMessage(), e);
        }
        segments.sort(null);
        return segments;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete " + file + ": " + e.getMessage());
        }
    }
}
