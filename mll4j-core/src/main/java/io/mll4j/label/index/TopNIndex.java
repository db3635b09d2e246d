package io.mll4j.label.index;

import io.mll4j.exception.DataException;
import io.mll4j.label.NodeScores;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.LongAdder;

/**
 * A label as a memory-mapped top-N index (layout in {@link IndexLayout}): selection reads, per image, the ranked
 * top-N nodes and takes the first one among the candidates. That is the exact argmax whenever a candidate is in the
 * top N (ties are recorded, so the earlier candidate still wins); otherwise the row is answered by the exact source
 * and counted in {@link #usage()}. The mapping is released when the index is garbage collected (Java cannot unmap
 * eagerly); {@link #close()} makes further use an error.
 */
public final class TopNIndex implements NodeScores, AutoCloseable {
    private final Path file;
    private final IndexLayout layout;
    private final IntBuffer starts;
    private final IntBuffer nodeRows;
    private final ShortBuffer entries;
    private final ExactRows exact;
    private final MappedByteBuffer map;
    private final LongAdder rowsAsked = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private volatile CandidatePositions lookup;
    private volatile boolean closed;

    private TopNIndex(Path file, IndexLayout layout, MappedByteBuffer map, ExactRows exact) {
        this.file = file;
        this.layout = layout;
        this.starts = map.slice((int) layout.startsOffset(), (layout.nodeCount() + 1) * Integer.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        this.nodeRows = map.slice((int) layout.rowsOffset(), layout.nodeRowCount() * Integer.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        this.entries = map.slice((int) layout.entriesOffset(), layout.rowCount() * layout.n() * Short.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        this.exact = exact;
        this.map = map;
    }

    /**
     * Maps an index file.
     *
     * @param file  the index
     * @param exact the label's exact rows for fallbacks, or null (then a fallback is an error)
     * @throws DataException if the file is missing, not an index, truncated, or does not fit {@code exact}
     */
    public static TopNIndex open(Path file, ExactRows exact) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new DataException(file + " is larger than one 2 GiB mapping; not a top-N index of this version");
            }
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            IndexLayout layout = IndexLayout.read(map, file, size);
            if (exact != null && (exact.nodeCount() != layout.nodeCount() || exact.rowCount() != layout.rowCount())) {
                throw new DataException(file + " indexes " + layout.rowCount() + " rows over " + layout.nodeCount()
                        + " nodes but its exact source has " + exact.rowCount() + " rows over " + exact.nodeCount());
            }
            return new TopNIndex(file, layout, map, exact);
        } catch (NoSuchFileException e) {
            throw new DataException("No top-N label index at " + file, e);
        } catch (IOException e) {
            throw new DataException("Cannot map " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the whole file into memory now (page cache and this process's mapping), so that the first selections
     * do not pay page faults; returns this index.
     */
    public TopNIndex preload() {
        checkOpen();
        map.load();
        return this;
    }

    public Path file() {
        return file;
    }

    /** Entries kept per row. */
    public int topN() {
        return layout.n();
    }

    public int rowCount() {
        return layout.rowCount();
    }

    /** Size of the index file. */
    public long sizeBytes() {
        return layout.fileLength();
    }

    /** Rows asked about and fallbacks since opening (or the last {@link #resetUsage()}). */
    public IndexUsage usage() {
        return new IndexUsage(rowsAsked.sum(), fallbacks.sum());
    }

    public void resetUsage() {
        rowsAsked.reset();
        fallbacks.reset();
    }

    @Override
    public int nodeCount() {
        return layout.nodeCount();
    }

    @Override
    public int imageCount(int node) {
        checkOpen();
        return starts.get(node + 1) - starts.get(node);
    }

    /** The rows of {@code node}'s images. */
    public int[] rowsOf(int node) {
        checkOpen();
        int from = starts.get(node);
        int[] rows = new int[starts.get(node + 1) - from];
        nodeRows.get(from, rows);
        return rows;
    }

    /** The ranked top-N nodes of {@code row}, best first. */
    public int[] topNodes(int row) {
        checkOpen();
        int[] nodes = new int[layout.n()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = entries.get(row * layout.n() + k) & IndexLayout.NODE_MASK;
        }
        return nodes;
    }

    @Override
    public int[] argmaxAmong(int node, int[] candidates) {
        checkOpen();
        CandidatePositions positions = CandidatePositions.reuse(lookup, candidates, layout.nodeCount());
        lookup = positions;
        int[] table = positions.table();
        int from = starts.get(node);
        int to = starts.get(node + 1);
        int[] best = new int[to - from];
        int missed = 0;
        for (int i = from; i < to; i++) {
            int row = nodeRows.get(i);
            int answer = fromEntries(row, table);
            if (answer < 0) {
                answer = fallback(row, candidates);
                missed++;
            }
            best[i - from] = answer;
        }
        rowsAsked.add(best.length);
        fallbacks.add(missed);
        return best;
    }

    /** The argmax from the stored entries, or -1 when they cannot decide it. */
    private int fromEntries(int row, int[] table) {
        int n = layout.n();
        int base = row * n;
        for (int k = 0; k < n; k++) {
            int e = entries.get(base + k);
            int p = table[e & IndexLayout.NODE_MASK];
            if (p >= 0) {
                return (e & IndexLayout.TIED) == 0 ? p : resolveTie(base, k, p, table);
            }
        }
        return -1;
    }

    /** Entry k (a candidate at position p) ties with the next ones: the earliest candidate of the group wins. */
    private int resolveTie(int base, int k, int p, int[] table) {
        int n = layout.n();
        int best = p;
        int j = k;
        while ((entries.get(base + j) & IndexLayout.TIED) != 0) {
            j++;
            if (j == n) {
                return -1; // the tie continues past the stored entries
            }
            int q = table[entries.get(base + j) & IndexLayout.NODE_MASK];
            if (q >= 0 && q < best) {
                best = q;
            }
        }
        return best;
    }

    private int fallback(int row, int[] candidates) {
        if (exact == null) {
            throw new DataException(file + ": row " + row + " has no candidate among its top " + layout.n()
                    + " nodes and the index was opened without an exact source");
        }
        return exact.argmaxAmong(row, candidates);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("top-N index " + file + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
