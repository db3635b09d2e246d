package io.mll4j.bench;

import io.mll4j.bench.synth.SyntheticGraph;
import io.mll4j.bench.synth.SyntheticTasks;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.index.EmbeddingRows;
import io.mll4j.match.NodeMatching;
import io.mll4j.select.SelectionConfig;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One paper-scale model kept as the stored label kind, an {@link EmbeddingLabel} (9,055 node texts and 679,125
 * image embeddings of width 512, 1.4 GB), measured side by side with the index: selection straight from the
 * embeddings (|V_sel| dot products per image), and the rate of ranking full rows, which is what building its top-N
 * index costs.
 */
public final class EmbeddingBaseline {
    private EmbeddingBaseline() {
    }

    /**
     * @param nodes          graph nodes
     * @param imagesPerNode  images per node
     * @param dimension      embedding width
     * @param paper100       median ms of a 100-class paper-variant selection from the embeddings, one model
     * @param rankRowsPerSec full rows scored and ranked per second (index building)
     * @param indexBuildMin  minutes to index this one model at that rate
     */
    public record Result(int nodes, int imagesPerNode, int dimension, Timings paper100, double rankRowsPerSec,
                         double indexBuildMin) {
    }

    public static Result measure(SyntheticGraph graph, int imagesPerNode, int dimension, int runs) {
        int nodes = graph.size();
        SplittableRandom random = new SplittableRandom(7);
        float[][] texts = new float[nodes][];
        for (int u = 0; u < nodes; u++) {
            texts[u] = unit(random, dimension, null, 0);
        }
        float[][] images = new float[nodes * imagesPerNode][];
        int[][] nodeImages = new int[nodes][imagesPerNode];
        for (int u = 0; u < nodes; u++) {
            for (int i = 0; i < imagesPerNode; i++) {
                nodeImages[u][i] = u * imagesPerNode + i;
                images[u * imagesPerNode + i] = unit(random, dimension, texts[u], 1.5);
            }
        }
        EmbeddingLabel label = new EmbeddingLabel(images, texts, nodeImages);
        long[] nanos = new long[runs];
        for (int r = -1; r < runs; r++) {
            NodeMatching task = SyntheticTasks.matching(graph, 100, 5, 1000L * 100 + Math.max(r, 0));
            long start = System.nanoTime();
            SelectionBench.select(List.of(label), task, SelectionConfig.paper(), 6);
            if (r >= 0) {
                nanos[r] = System.nanoTime() - start;
            }
        }
        EmbeddingRows rows = new EmbeddingRows(label);
        int sample = 500;
        int[] top = new int[16];
        boolean[] tied = new boolean[16];
        long start = System.nanoTime();
        for (int row = 0; row < sample; row++) {
            rows.rank(row * (images.length / sample), top, tied);
        }
        double rate = sample / ((System.nanoTime() - start) / 1e9);
        return new Result(nodes, imagesPerNode, dimension, Timings.ofNanos(nanos), rate, images.length / rate / 60);
    }

    /** A random unit vector, or {@code centre} plus noise of the given norm, normalised. */
    private static float[] unit(SplittableRandom random, int d, float[] centre, double noise) {
        float[] v = new float[d];
        double s = 0;
        for (int i = 0; i < d; i++) {
            double x = random.nextGaussian() / Math.sqrt(d) * (centre == null ? 1 : noise);
            v[i] = (float) (centre == null ? x : centre[i] + x);
            s += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(s));
        for (int i = 0; i < d; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
