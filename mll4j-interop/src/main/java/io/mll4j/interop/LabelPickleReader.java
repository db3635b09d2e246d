package io.mll4j.interop;

import io.mll4j.exception.DataException;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams an official label pickle (a list per node of per-image score rows) into a {@link RowSink}: each numpy
 * row is handed over as soon as it is unpickled and its bytes dropped, and large byte strings are kept out of the
 * pickle memo, so memory stays small however large the file (Pyrolite alone would hold the whole file).
 */
final class LabelPickleReader extends Unpickler {
    /** Byte strings longer than this are never re-referenced by numpy pickles, so the memo need not keep them. */
    private static final int LARGE = 4096;

    static {
        NumpyConstructors.register();
    }

    private final RowSink sink;
    private final CountingInputStream counted;
    private byte[] lastRaw;
    private long lastRawOffset;

    private LabelPickleReader(RowSink sink, CountingInputStream counted) {
        this.sink = sink;
        this.counted = counted;
    }

    /**
     * Reads {@code file} into {@code sink}.
     *
     * @return per node (list position), the ids of its rows
     * @throws DataException naming the file (and node, image) when it is not a label pickle
     */
    static int[][] read(Path file, RowSink sink) {
        try (InputStream raw = Files.newInputStream(file);
             CountingInputStream in = new CountingInputStream(new BufferedInputStream(raw, 1 << 16))) {
            LabelPickleReader reader = new LabelPickleReader(sink, in);
            Object value;
            try {
                value = reader.load(in);
            } finally {
                reader.memo.clear();
            }
            return new LabelStructure(file, sink).nodeRows(value);
        } catch (NoSuchFileException e) {
            throw new DataException("No label pickle at " + file, e);
        } catch (PickleException e) {
            Throwable cause = e.getCause() instanceof java.lang.reflect.InvocationTargetException t ? t.getCause() : null;
            if (cause instanceof DataException d) {
                throw new DataException(file + ": " + d.getMessage(), d);
            }
            throw new DataException(file + " is not a readable label pickle: " + e.getMessage(), e);
        } catch (DataException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : new DataException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataException("Cannot read label pickle " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected Object dispatch(short key) throws PickleException, IOException {
        switch (key) {
            case Opcodes.SHORT_BINBYTES, Opcodes.BINBYTES, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> {
                Object r = super.dispatch(key);
                lastRaw = (byte[]) stack.peek();
                lastRawOffset = counted.position() - lastRaw.length;
                return r;
            }
            case Opcodes.BINPUT -> {
                memo.put((int) PickleUtils.readbyte(input), memoValue());
                return NO_RETURN_VALUE;
            }
            case Opcodes.LONG_BINPUT -> {
                memo.put(PickleUtils.bytes_to_integer(PickleUtils.readbytes(input, 4)), memoValue());
                return NO_RETURN_VALUE;
            }
            case Opcodes.MEMOIZE -> {
                memo.put(memo.size(), memoValue());
                return NO_RETURN_VALUE;
            }
            case Opcodes.BUILD -> {
                Object state = stack.pop();
                Object target = stack.peek();
                stack.add(state);
                Object r = super.dispatch(key);
                if (target instanceof NumpyArray array) {
                    take(array);
                }
                return r;
            }
            case Opcodes.REDUCE, Opcodes.NEWOBJ -> {
                Object r = super.dispatch(key);
                if (stack.peek() instanceof NumpyArray array && array.data != null && array.rows == null) {
                    take(array); // protocol 5: _frombuffer gives a complete array
                }
                return r;
            }
            default -> {
                return super.dispatch(key);
            }
        }
    }

    private Object memoValue() {
        Object top = stack.peek();
        return top instanceof byte[] b && b.length > LARGE ? DroppedBytes.INSTANCE : top;
    }

    /** Hands the array's rows to the sink and drops its bytes. */
    private void take(NumpyArray array) {
        long offset = array.data == lastRaw ? lastRawOffset : -1;
        int count = array.rowCount();
        array.rows = new int[count];
        for (int i = 0; i < count; i++) {
            array.rows[i] = sink.acceptRaw(array, i, offset < 0 ? -1 : offset + (long) i * array.rowBytes());
        }
        array.data = null;
    }

    /** What the memo holds instead of a large byte string. */
    enum DroppedBytes {
        INSTANCE;

        @Override
        public String toString() {
            return "a byte string re-referenced from the pickle memo (not supported for label rows)";
        }
    }

    /** Walks the unpickled value: a list per node of rows, or per node a 2-D array. */
    private record LabelStructure(Path file, RowSink sink) {
        int[][] nodeRows(Object value) {
            if (!(value instanceof List<?> nodes)) {
                throw new DataException(file + " holds a " + typeName(value) + ", expected a list with one entry per "
                        + "graph node");
            }
            int[][] out = new int[nodes.size()][];
            for (int u = 0; u < nodes.size(); u++) {
                out[u] = node(nodes.get(u), u, nodes.size());
            }
            return out;
        }

        private int[] node(Object entry, int u, int width) {
            if (entry instanceof NumpyArray matrix) {
                check(matrix.rowLength(), u, 0, width);
                return matrix.rows;
            }
            if (!(entry instanceof List<?> images)) {
                throw new DataException(file + ": node " + u + " holds a " + typeName(entry) + ", expected a list of "
                        + "score rows");
            }
            int[] rows = new int[images.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = row(images.get(i), u, i, width);
            }
            return rows;
        }

        private int row(Object row, int u, int i, int width) {
            if (row instanceof NumpyArray array) {
                if (array.rows.length != 1) {
                    throw new DataException(file + ": node " + u + " image " + i + " is a matrix, expected one row");
                }
                check(array.rowLength(), u, i, width);
                return array.rows[0];
            }
            float[] values = switch (row) {
                case float[] f -> f;
                case double[] d -> {
                    float[] f = new float[d.length];
                    for (int v = 0; v < d.length; v++) {
                        f[v] = (float) d[v];
                    }
                    yield f;
                }
                case List<?> list -> numbers(list, u, i);
                default -> throw new DataException(file + ": node " + u + " image " + i + " is a " + typeName(row)
                        + ", expected a numpy array or a list of floats");
            };
            check(values.length, u, i, width);
            return sink.accept(values);
        }

        private float[] numbers(List<?> list, int u, int i) {
            float[] f = new float[list.size()];
            for (int v = 0; v < f.length; v++) {
                if (!(list.get(v) instanceof Number n)) {
                    throw new DataException(file + ": node " + u + " image " + i + " score " + v + " is a "
                            + typeName(list.get(v)) + ", not a number");
                }
                f[v] = n.floatValue();
            }
            return f;
        }

        private void check(int length, int u, int i, int width) {
            if (length != width) {
                throw new DataException(file + ": node " + u + " image " + i + " has " + length + " scores, expected "
                        + "one per node (" + width + ")");
            }
        }

        private static String typeName(Object value) {
            return value == null ? "None" : value.getClass().getSimpleName();
        }
    }
}
