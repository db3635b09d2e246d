package io.mll4j.interop;

import io.mll4j.label.DenseNodeScores;
import io.mll4j.label.index.DenseRows;
import io.mll4j.label.index.ExactRows;
import io.mll4j.label.index.TopNIndexWriter;
import io.mll4j.progress.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Official label pickles, {@code label/{model}_{pretrained}.pkl}: a list indexed by node (the official node order is
 * the sorted folder names of the evaluation dataset) of per-image score rows over all nodes. Rows may be numpy
 * arrays (float16 as the official {@code label.py} writes them under autocast, float32 or float64; numpy 1.x or 2.x;
 * pickle protocols 2-5), per node a 2-D array, {@code array.array} or Python lists of floats. Scores are held as
 * float (float64 rows are rounded).
 */
public final class OfficialLabels {
    private OfficialLabels() {
    }

    /** The official file name of a model's label. */
    public static String fileName(String model, String pretrained) {
        return model + "_" + pretrained + ".pkl";
    }

    /**
     * Reads a label pickle into memory.
     *
     * @return {@code rows[node][image][node']}
     * @throws io.mll4j.exception.DataException naming the file (and node, image) when it is not a label pickle
     */
    public static float[][][] read(Path pkl) {
        List<float[]> rows = new ArrayList<>();
        int[][] nodeRows = LabelPickleReader.read(pkl, new RowSink() {
            @Override
            public int accept(float[] values) {
                rows.add(values);
                return rows.size() - 1;
            }

            @Override
            public int acceptRaw(NumpyArray array, int row, long offset) {
                return accept(array.row(row));
            }
        });
        float[][][] out = new float[nodeRows.length][][];
        for (int u = 0; u < out.length; u++) {
            out[u] = new float[nodeRows[u].length][];
            for (int i = 0; i < out[u].length; i++) {
                out[u][i] = rows.get(nodeRows[u][i]);
            }
        }
        return out;
    }

    /** A label pickle as the selection input (full rows in memory, as the official code holds them). */
    public static DenseNodeScores readScores(Path pkl) {
        return new DenseNodeScores(read(pkl));
    }

    /**
     * Writes the top-N index of a label pickle: rows read in place when they are raw numpy arrays (any size),
     * else from memory. The returned rows are the index's exact source.
     *
     * @param graphToSource for each graph node, its position in the pickle's node order ({@code null}: same order),
     *                      see {@link ReorderedRows#graphToSource}
     * @return the exact rows, to open the index with
     */
    public static ExactRows writeIndex(Path pkl, Path index, int n, int[] graphToSource, Progress progress) {
        ExactRows rows;
        try {
            rows = PickledRows.open(pkl);
        } catch (NotStoredRawException e) {
            rows = new DenseRows(read(pkl));
        }
        ExactRows ordered = graphToSource == null ? rows : new ReorderedRows(rows, graphToSource);
        TopNIndexWriter.write(index, ordered, n, progress);
        return ordered;
    }
}
