package io.mll4j.training;

import java.util.ArrayList;
import java.util.List;

/** Checks and arranges the frozen text embeddings. */
final class TextEmbeddings {
    private TextEmbeddings() {
    }

    static float[][] normalised(float[][] embeddings, int dim) {
        if (embeddings.length == 0) {
            throw new IllegalArgumentException("no text embeddings");
        }
        float[][] out = new float[embeddings.length][];
        for (int i = 0; i < embeddings.length; i++) {
            float[] row = embeddings[i];
            if (row == null || row.length != dim) {
                throw new IllegalArgumentException("text embedding " + i + " has " + (row == null ? 0 : row.length)
                        + " values, the tower outputs " + dim);
            }
            double norm = 0;
            for (float v : row) {
                norm += v * v;
            }
            if (!(norm > 0) || Double.isInfinite(norm)) {
                throw new IllegalArgumentException("text embedding " + i + " has no usable norm (" + norm + ")");
            }
            out[i] = new float[dim];
            float scale = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < dim; j++) {
                out[i][j] = row[j] * scale;
            }
        }
        return out;
    }

    static int[][] byClass(int[] classes, int count) {
        if (classes.length != count) {
            throw new IllegalArgumentException(count + " text embeddings but " + classes.length + " text classes");
        }
        int k = 0;
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0) {
                throw new IllegalArgumentException("text " + i + " has negative class " + classes[i]);
            }
            k = Math.max(k, classes[i] + 1);
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < classes.length; i++) {
            lists.get(classes[i]).add(i);
        }
        int[][] result = new int[k][];
        for (int c = 0; c < k; c++) {
            if (lists.get(c).isEmpty()) {
                throw new IllegalArgumentException("class " + c + " has no text embedding");
            }
            result[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
