package io.mll4j.interop;

import io.mll4j.exception.DataException;
import io.mll4j.label.index.ExactRows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The rows of an official label pickle read in place: the file is memory-mapped and each numpy row is decoded
 * from its raw bytes when asked for, so a paper-scale pickle (9,055 × 9,055 × 75 scores, 12 GB in float16) serves as
 * the exact source of a top-N index without being loaded or copied. One scan of the file finds the rows.
 */
public final class PickledRows implements ExactRows {
    private static final long SEGMENT = 1L << 30;

    private final Path file;
    private final int[][] nodeRows;
    private final long[] offsets;
    private final byte[] kinds;
    private final MappedByteBuffer[] segments;
    private final ByteBuffer[] bigEndian;

    private PickledRows(Path file, int[][] nodeRows, long[] offsets, byte[] kinds, MappedByteBuffer[] segments) {
        this.file = file;
        this.nodeRows = nodeRows;
        this.offsets = offsets;
        this.kinds = kinds;
        this.segments = segments;
        this.bigEndian = new ByteBuffer[segments.length];
        for (int s = 0; s < segments.length; s++) {
            segments[s].order(ByteOrder.LITTLE_ENDIAN);
            bigEndian[s] = segments[s].duplicate().order(ByteOrder.BIG_ENDIAN);
        }
    }

    /**
     * Scans a pickle whose rows are numpy arrays stored as raw bytes (what {@code pickle.dump} of numpy arrays
     * writes) and maps it.
     *
     * @throws DataException if the file is not a label pickle or a row is not stored raw (e.g. a list of floats:
     *                       read such files into memory with {@link OfficialLabels#read})
     */
    public static PickledRows open(Path file) {
        Locations found = new Locations(file);
        int[][] nodeRows = LabelPickleReader.read(file, found);
        long[] offsets = Arrays.copyOf(found.offsets, found.count);
        byte[] kinds = Arrays.copyOf(found.kinds, found.count);
        int width = nodeRows.length;
        long maxRow = 8L * width;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int count = (int) Math.max(1, (size + SEGMENT - 1) / SEGMENT);
            MappedByteBuffer[] segments = new MappedByteBuffer[count];
            for (int s = 0; s < count; s++) {
                long start = s * SEGMENT;
                // each window overlaps the next by one row, so a row starting in it ends in it too
                segments[s] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(size - start, SEGMENT + maxRow));
            }
            return new PickledRows(file, nodeRows, offsets, kinds, segments);
        } catch (IOException e) {
            throw new DataException("Cannot map label pickle " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int nodeCount() {
        return nodeRows.length;
    }

    @Override
    public int rowCount() {
        return offsets.length;
    }

    @Override
    public int[] rowsOf(int node) {
        return nodeRows[node].clone();
    }

    private ByteBuffer buffer(int row) {
        int s = (int) (offsets[row] / SEGMENT);
        return (kinds[row] & BIG) != 0 ? bigEndian[s] : segments[s];
    }

    private int local(int row) {
        return (int) (offsets[row] % SEGMENT);
    }

    private ScoreEncoding encoding(int row) {
        return ScoreEncoding.values()[kinds[row] & ~BIG];
    }

    @Override
    public void scores(int row, double[] out) {
        ByteBuffer b = buffer(row);
        int start = local(row);
        ScoreEncoding e = encoding(row);
        for (int v = 0; v < out.length; v++) {
            out[v] = e.read(b, start, v);
        }
    }

    @Override
    public int argmaxAmong(int row, int[] candidates) {
        ByteBuffer b = buffer(row);
        int start = local(row);
        ScoreEncoding e = encoding(row);
        int best = 0;
        float bestScore = e.read(b, start, candidates[0]);
        for (int c = 1; c < candidates.length; c++) {
            float s = e.read(b, start, candidates[c]);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "PickledRows[" + file + ", " + rowCount() + " rows x " + nodeCount() + " nodes]";
    }

    private static final byte BIG = 4;

    /** Collects where each row's bytes are. */
    private static final class Locations implements RowSink {
        private final Path file;
        long[] offsets = new long[1024];
        byte[] kinds = new byte[1024];
        int count;

        Locations(Path file) {
            this.file = file;
        }

        @Override
        public int accept(float[] values) {
            throw new NotStoredRawException(file + " stores rows as Python lists, which cannot be read in place; "
                    + "read it into memory instead");
        }

        @Override
        public int acceptRaw(NumpyArray array, int row, long offset) {
            if (offset < 0) {
                throw new NotStoredRawException(file + ": a numpy row's bytes are not stored raw in the file; read "
                        + "it into memory instead");
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                kinds = Arrays.copyOf(kinds, count * 2);
            }
            offsets[count] = offset;
            kinds[count] = (byte) (ScoreEncoding.of(array.dtype).ordinal()
                    | (array.dtype.order() == ByteOrder.BIG_ENDIAN ? BIG : 0));
            return count++;
        }
    }
}
