package io.mll4j.label.index;

import io.mll4j.progress.Progress;
import io.mll4j.util.AtomicFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** Writes a {@link TopNIndex} from exact rows, atomically (readers see the old file or the whole new one). */
public final class TopNIndexWriter {
    private static final int BUFFER = 1 << 16;

    private TopNIndexWriter() {
    }

    /**
     * Ranks every row and writes the index.
     *
     * @param file     target file
     * @param rows     the label's exact rows
     * @param n        entries kept per row (clamped to the node count)
     * @param progress reports rows done
     * @return bytes written
     */
    public static long write(Path file, ExactRows rows, int n, Progress progress) {
        int nodeCount = rows.nodeCount();
        int[][] nodeRows = new int[nodeCount][];
        int total = 0;
        for (int u = 0; u < nodeCount; u++) {
            nodeRows[u] = rows.rowsOf(u);
            for (int r : nodeRows[u]) {
                if (r < 0 || r >= rows.rowCount()) {
                    throw new IllegalArgumentException("node " + u + " lists row " + r + " of " + rows.rowCount());
                }
            }
            total += nodeRows[u].length;
        }
        IndexLayout layout = new IndexLayout(nodeCount, rows.rowCount(), Math.min(n, nodeCount), total);
        progress.start("index rows", rows.rowCount());
        AtomicFiles.write(file, out -> writeTo(out, layout, nodeRows, rows, progress));
        progress.finish();
        return layout.fileLength();
    }

    private static void writeTo(OutputStream raw, IndexLayout layout, int[][] nodeRows, ExactRows rows,
                                Progress progress) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, BUFFER);
        ByteBuffer buf = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        out.write(layout.header().array());
        int start = 0;
        for (int[] list : nodeRows) {
            buf = putInt(out, buf, start);
            start += list.length;
        }
        buf = putInt(out, buf, start);
        for (int[] list : nodeRows) {
            for (int r : list) {
                buf = putInt(out, buf, r);
            }
        }
        int n = layout.n();
        int[] nodes = new int[n];
        boolean[] tied = new boolean[n];
        for (int r = 0; r < layout.rowCount(); r++) {
            rows.rank(r, nodes, tied);
            if (buf.remaining() < n * Short.BYTES) {
                flush(out, buf);
            }
            for (int k = 0; k < n; k++) {
                buf.putShort((short) (nodes[k] | (tied[k] ? IndexLayout.TIED : 0)));
            }
            if ((r & 1023) == 1023) {
                progress.advance(1024);
            }
        }
        flush(out, buf);
        out.flush();
        progress.advance(layout.rowCount() & 1023);
    }

    private static ByteBuffer putInt(OutputStream out, ByteBuffer buf, int value) throws IOException {
        if (buf.remaining() < Integer.BYTES) {
            flush(out, buf);
        }
        return buf.putInt(value);
    }

    private static void flush(OutputStream out, ByteBuffer buf) throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
    }
}
