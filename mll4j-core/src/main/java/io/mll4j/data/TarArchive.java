package io.mll4j.data;

import io.mll4j.exception.DataException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads gzipped tar archives (ustar, with GNU long names and pax path records) without an external tool.
 * Only regular files are reported; links and devices are skipped, so an archive cannot write outside its target.
 */
public final class TarArchive {
    private static final int BLOCK = 512;

    private TarArchive() {
    }

    /** Receives each regular file; {@code content} is valid only during the call. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(String name, long size, InputStream content) throws IOException;
    }

    /** Calls {@code handler} for every regular file of the {@code .tar.gz} at {@code archive}, in archive order. */
    public static void read(Path archive, EntryHandler handler) {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            read(in, handler);
        } catch (IOException e) {
            throw new DataException(archive + ": cannot read tar.gz archive: " + e.getMessage(), e);
        }
    }

    /** Extracts every regular file under {@code target}; entry names that would escape it are rejected. */
    public static int extractAll(Path archive, Path target) {
        Path root = target.toAbsolutePath().normalize();
        int[] count = {0};
        read(archive, (name, size, content) -> {
            Path out = root.resolve(name).normalize();
            if (!out.startsWith(root) || out.equals(root)) {
                throw new DataException(archive + ": entry " + name + " points outside the target directory");
            }
            Files.createDirectories(out.getParent());
            Files.copy(content, out);
            count[0]++;
        });
        return count[0];
    }

    private static void read(InputStream in, EntryHandler handler) throws IOException {
        byte[] header = new byte[BLOCK];
        String longName = null;
        while (true) {
            if (!readBlock(in, header)) {
                return;
            }
            if (isZero(header)) {
                return;
            }
            long size = number(header, 124, 12);
            char type = (char) header[156];
            String name = longName != null ? longName : headerName(header);
            longName = null;
            switch (type) {
                case 'L' -> longName = trimNul(new String(readAll(in, size), StandardCharsets.UTF_8));
                case 'x' -> longName = paxPath(new String(readAll(in, size), StandardCharsets.UTF_8));
                case '0', '\0', '7' -> {
                    BoundedStream body = new BoundedStream(in, size);
                    handler.entry(name, size, body);
                    body.skipRest();
                }
                default -> in.skipNBytes(size + padding(size));
            }
        }
    }

    private static String headerName(byte[] h) {
        String name = field(h, 0, 100);
        boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? field(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        String path = null;
        for (String line : records.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.startsWith("path=", space + 1)) {
                path = line.substring(space + 1 + "path=".length());
            }
        }
        return path;
    }

    /** Octal, NUL/space terminated; or base-256 when the high bit of the first byte is set (GNU). */
    private static long number(byte[] h, int offset, int length) {
        if ((h[offset] & 0x80) != 0) {
            long v = h[offset] & 0x7F;
            for (int i = 1; i < length; i++) {
                v = (v << 8) | (h[offset + i] & 0xFF);
            }
            return v;
        }
        String s = field(h, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static String field(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) {
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException("archive ends inside a header");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAll(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new IOException("tar metadata entry too large: " + size);
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new EOFException("archive ends inside an entry");
        }
        in.skipNBytes(padding(size));
        return data;
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    /** An entry's bytes; the handler may read all, part or none of them. */
    private static final class BoundedStream extends FilterInputStream {
        private final long size;
        private long remaining;

        BoundedStream(InputStream in, long size) {
            super(in);
            this.size = size;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("archive ends inside an entry");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("archive ends inside an entry");
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() {
            // the archive stream stays open for the next entry
        }

        void skipRest() throws IOException {
            in.skipNBytes(remaining);
            remaining = 0;
            in.skipNBytes(padding(size));
        }
    }
}
