package io.mll4j.bench;

import io.mll4j.exception.Mll4jException;
import io.mll4j.util.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raw per-image outputs of hub models on TEST images, kept on disk so that every method, ablation and rerun reuses
 * one pass of each model: a VLM's image embedding, an expert's logits. One file per (model fingerprint, data set):
 * {@code <root>/<modelId>/<fingerprint12>/<dataset>.test.bin} holding {@code (item index, row)} pairs; it only grows
 * (a larger cap adds the missing images) and is replaced atomically.
 */
public final class OutputStore {
    private static final int MAGIC = 0x4D4C4C4F; // "MLLO"

    private final Path root;

    public OutputStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Stored rows by item index (empty when none). */
    public Map<Integer, float[]> load(ModelInfo model, String dataset) {
        Path file = file(model, dataset);
        Map<Integer, float[]> rows = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new Mll4jException(file + " is not a benchmark output file; delete it to recompute");
            }
            int n = data.readInt();
            int dim = data.readInt();
            for (int r = 0; r < n; r++) {
                int index = data.readInt();
                float[] row = new float[dim];
                for (int d = 0; d < dim; d++) {
                    row[d] = data.readFloat();
                }
                rows.put(index, row);
            }
            return rows;
        } catch (IOException e) {
            throw new Mll4jException("Cannot read " + file + " (" + e.getMessage() + "); delete it to recompute", e);
        }
    }

    /** Replaces the stored rows of (model, data set). */
    public void save(ModelInfo model, String dataset, Map<Integer, float[]> rows) {
        int dim = rows.isEmpty() ? 0 : rows.values().iterator().next().length;
        AtomicFiles.write(file(model, dataset), out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(rows.size());
            data.writeInt(dim);
            for (Map.Entry<Integer, float[]> e : new TreeMap<>(rows).entrySet()) {
                if (e.getValue().length != dim) {
                    throw new IllegalArgumentException("ragged outputs: row of " + e.getValue().length + ", expected "
                            + dim);
                }
                data.writeInt(e.getKey());
                for (float v : e.getValue()) {
                    data.writeFloat(v);
                }
            }
            data.flush();
        });
    }

    private Path file(ModelInfo model, String dataset) {
        return root.resolve(model.id()).resolve(model.fingerprint().substring(0, 12)).resolve(dataset + ".test.bin");
    }
}
