package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The IDX format of MNIST and Fashion-MNIST (big-endian magic {@code 0x0803} for unsigned-byte images
 * {@code [n][rows][cols]}, {@code 0x0801} for labels {@code [n]}), gzipped when the file name ends in {@code .gz}.
 */
public final class IdxFormat {
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    private IdxFormat() {
    }

    /**
     * Images of one IDX file; {@code pixels} holds {@code count × rows × cols} bytes, row-major, not copied.
     *
     * @param count  number of images
     * @param rows   image height
     * @param cols   image width
     * @param pixels grey values 0–255 as unsigned bytes
     */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public Images {
            if (count < 0 || rows <= 0 || cols <= 0 || pixels.length != (long) count * rows * cols) {
                throw new IllegalArgumentException("pixels must hold count × rows × cols bytes");
            }
        }
    }

    public static Images readImages(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new DataException(file + ": not an IDX image file (magic 0x" + Integer.toHexString(magic)
                        + ", expected 0x803)");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > Integer.MAX_VALUE) {
                throw new DataException(file + ": bad IDX dimensions " + count + "×" + rows + "×" + cols);
            }
            byte[] pixels = new byte[count * rows * cols];
            in.readFully(pixels);
            return new Images(count, rows, cols, pixels);
        } catch (EOFException e) {
            throw new DataException(file + ": truncated IDX image file", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read IDX image file: " + e.getMessage(), e);
        }
    }

    public static byte[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new DataException(file + ": not an IDX label file (magic 0x" + Integer.toHexString(magic)
                        + ", expected 0x801)");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new DataException(file + ": bad IDX label count " + count);
            }
            byte[] labels = new byte[count];
            in.readFully(labels);
            return labels;
        } catch (EOFException e) {
            throw new DataException(file + ": truncated IDX label file", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read IDX label file: " + e.getMessage(), e);
        }
    }

    /** Writes {@code images} atomically. */
    public static void writeImages(Path file, Images images) {
        write(file, out -> {
            out.writeInt(IMAGES_MAGIC);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.cols());
            out.write(images.pixels());
        });
    }

    /** Writes {@code labels} atomically. */
    public static void writeLabels(Path file, byte[] labels) {
        write(file, out -> {
            out.writeInt(LABELS_MAGIC);
            out.writeInt(labels.length);
            out.write(labels);
        });
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) {
        AtomicFiles.write(file, raw -> {
            OutputStream out = gzipped(file) ? new GZIPOutputStream(raw, 1 << 16) : raw;
            DataOutputStream data = new DataOutputStream(out);
            body.write(data);
            data.flush();
            if (out instanceof GZIPOutputStream gz) {
                gz.finish();
            }
        });
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": IDX file is missing", e);
        }
        InputStream buffered = new BufferedInputStream(gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in, 1 << 16);
        return new DataInputStream(buffered);
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }
}
