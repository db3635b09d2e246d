package io.mll4j.util;

import io.mll4j.exception.Mll4jException;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal binary format for float matrices (embeddings, scores): magic, rows, cols, then float32 little-endian.
 * Faster and ~4x smaller than JSON, and written atomically like every other mll4j file.
 */
public final class FloatMatrices {
    private static final int MAGIC = 0x4D4C4C46; // "MLLF"

    private FloatMatrices() {
    }

    /** Atomically writes {@code rows} (all of equal length) to {@code file}. */
    public static void write(Path file, float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        AtomicFiles.write(file, out -> writeTo(out, rows, cols));
    }

    private static void writeTo(OutputStream out, float[][] rows, int cols) throws IOException {
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(rows.length);
        data.writeInt(cols);
        ByteBuffer buf = ByteBuffer.allocate(cols * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : rows) {
            if (row.length != cols) {
                throw new IllegalArgumentException("ragged matrix: row of " + row.length + " values, expected " + cols);
            }
            buf.clear();
            buf.asFloatBuffer().put(row);
            data.write(buf.array());
        }
        data.flush();
    }

    /** Reads a matrix written by {@link #write}; a truncated or foreign file is a clear error naming it. */
    public static float[][] read(Path file) {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new Mll4jException(file + " is not an mll4j float matrix file");
            }
            int rows = data.readInt();
            int cols = data.readInt();
            if (rows < 0 || cols < 0 || (long) rows * cols * Float.BYTES + 12 != Files.size(file)) {
                throw new Mll4jException(file + " is truncated or corrupt (" + rows + "x" + cols + " declared, "
                        + Files.size(file) + " bytes)");
            }
            float[][] m = new float[rows][cols];
            byte[] bytes = new byte[cols * Float.BYTES];
            for (int r = 0; r < rows; r++) {
                data.readFully(bytes);
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(m[r]);
            }
            return m;
        } catch (IOException e) {
            throw new Mll4jException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
