package io.mll4j.label.index;

import io.mll4j.exception.DataException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The file layout of a {@link TopNIndex}, little-endian:
 * <pre>
 * 0   8 bytes  magic "MLL4JTOP"
 * 8   int      version (1)
 * 12  int      nodeCount (at most 32,767)
 * 16  int      rowCount
 * 20  int      n, entries per row
 * 24  int      nodeRowCount, total length of the node → rows lists
 * 28  int      0 (reserved)
 * 32  long     fileLength
 * 40  24 bytes 0 (reserved)
 * 64  int[nodeCount + 1]   start of each node's rows in the list below
 *     int[nodeRowCount]    row of each image, node by node
 *     short[rowCount * n]  per row its top-n nodes, best first: bits 0-14 node, bit 15 "ties with the next entry"
 * </pre>
 *
 * @param nodeCount    graph nodes
 * @param rowCount     rows (distinct labeled images)
 * @param n            entries per row
 * @param nodeRowCount total images over all nodes
 */
record IndexLayout(int nodeCount, int rowCount, int n, int nodeRowCount) {
    static final byte[] MAGIC = "MLL4JTOP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_BYTES = 64;
    static final int MAX_NODES = 0x7FFF;
    static final int TIED = 0x8000;
    static final int NODE_MASK = 0x7FFF;

    IndexLayout {
        if (nodeCount < 1 || nodeCount > MAX_NODES) {
            throw new IllegalArgumentException("a top-N index holds 1.." + MAX_NODES + " nodes, not " + nodeCount);
        }
        if (n < 1 || n > nodeCount) {
            throw new IllegalArgumentException("n must be in 1.." + nodeCount + ", got " + n);
        }
        if (rowCount < 0 || nodeRowCount < 0) {
            throw new IllegalArgumentException("negative row count");
        }
        if (entriesOffset() + (long) rowCount * n * Short.BYTES > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("index of " + rowCount + " rows x " + n
                    + " entries exceeds one 2 GiB mapping; use a smaller n or split the label");
        }
    }

    long startsOffset() {
        return HEADER_BYTES;
    }

    long rowsOffset() {
        return startsOffset() + (long) (nodeCount + 1) * Integer.BYTES;
    }

    long entriesOffset() {
        return rowsOffset() + (long) nodeRowCount * Integer.BYTES;
    }

    long fileLength() {
        return entriesOffset() + (long) rowCount * n * Short.BYTES;
    }

    ByteBuffer header() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(nodeCount).putInt(rowCount).putInt(n).putInt(nodeRowCount).putInt(0)
                .putLong(fileLength());
        return b.position(HEADER_BYTES).flip();
    }

    /** Reads and checks a header; errors name the file. */
    static IndexLayout read(ByteBuffer b, Path file, long actualLength) {
        b = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (actualLength < HEADER_BYTES) {
            throw new DataException(file + " is not a top-N label index (" + actualLength + " bytes)");
        }
        byte[] magic = new byte[MAGIC.length];
        b.get(0, magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new DataException(file + " is not a top-N label index (bad magic)");
        }
        int version = b.getInt(8);
        if (version != VERSION) {
            throw new DataException(file + " is a top-N index of version " + version + "; this build reads "
                    + VERSION);
        }
        IndexLayout layout;
        try {
            layout = new IndexLayout(b.getInt(12), b.getInt(16), b.getInt(20), b.getInt(24));
        } catch (IllegalArgumentException e) {
            throw new DataException(file + " has an invalid header: " + e.getMessage(), e);
        }
        if (b.getLong(32) != layout.fileLength() || actualLength != layout.fileLength()) {
            throw new DataException(file + " is truncated or corrupt: header declares " + layout.fileLength()
                    + " bytes, file has " + actualLength);
        }
        return layout;
    }
}
