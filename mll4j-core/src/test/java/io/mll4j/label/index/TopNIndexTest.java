package io.mll4j.label.index;

import io.mll4j.exception.DataException;
import io.mll4j.label.DenseNodeScores;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.label.NodeScores;
import io.mll4j.match.NodeMatching;
import io.mll4j.progress.Progress;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopNIndexTest {
    @TempDir
    Path dir;

    /** Integer scores in a narrow range: ties everywhere, including across the top-N boundary. */
    private static float[][][] tiedRows(Random random, int nodes, int images) {
        float[][][] rows = new float[nodes][images][nodes];
        for (float[][] node : rows) {
            for (float[] row : node) {
                for (int v = 0; v < nodes; v++) {
                    row[v] = random.nextInt(6);
                }
            }
        }
        return rows;
    }

    private static int[] randomCandidates(Random random, int nodes, int size) {
        List<Integer> all = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            all.add(v);
        }
        java.util.Collections.shuffle(all, random);
        return all.subList(0, size).stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void argmaxAmong_rowsFullOfTies_equalsFullRowsAndCountsFallbacks() {
        Random random = new Random(11);
        float[][][] rows = tiedRows(random, 40, 5);
        Path file = dir.resolve("tied.idx");
        TopNIndexWriter.write(file, new DenseRows(rows), 3, Progress.NONE);
        DenseNodeScores full = new DenseNodeScores(rows);
        try (TopNIndex index = TopNIndex.open(file, new DenseRows(rows))) {
            for (int trial = 0; trial < 50; trial++) {
                int[] candidates = randomCandidates(random, 40, 1 + random.nextInt(20));
                for (int u = 0; u < 40; u++) {
                    assertThat(index.argmaxAmong(u, candidates)).as("node %d", u)
                            .containsExactly(full.argmaxAmong(u, candidates));
                }
            }
            IndexUsage usage = index.usage();
            assertThat(usage.rows()).isEqualTo(50L * 40 * 5);
            assertThat(usage.fallbacks()).isPositive().isLessThan(usage.rows());
        }
    }

    @Test
    void argmaxAmong_noExactSourceAndNoCandidateInTopN_failsNamingFile() {
        float[][][] rows = {{{3, 2, 1}}, {{1, 3, 2}}, {{1, 2, 3}}};
        Path file = dir.resolve("small.idx");
        TopNIndexWriter.write(file, new DenseRows(rows), 1, Progress.NONE);
        try (TopNIndex index = TopNIndex.open(file, null)) {
            assertThat(index.argmaxAmong(0, new int[]{1, 0})).containsExactly(1);
            assertThatThrownBy(() -> index.argmaxAmong(0, new int[]{1, 2}))
                    .isInstanceOf(DataException.class).hasMessageContaining("small.idx").hasMessageContaining("row 0");
        }
    }

    @Test
    void open_truncatedFile_failsNamingFile() throws IOException {
        float[][][] rows = {{{3, 2}}, {{1, 3}}};
        Path file = dir.resolve("cut.idx");
        TopNIndexWriter.write(file, new DenseRows(rows), 2, Progress.NONE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThatThrownBy(() -> TopNIndex.open(file, null))
                .isInstanceOf(DataException.class).hasMessageContaining("cut.idx").hasMessageContaining("truncated");
        Files.writeString(file, "not an index at all, but long enough to hold a header of sixty-four bytes....");
        assertThatThrownBy(() -> TopNIndex.open(file, null)).hasMessageContaining("bad magic");
    }

    @Test
    void open_exactSourceOfOtherShape_isRejected() {
        Path file = dir.resolve("a.idx");
        TopNIndexWriter.write(file, new DenseRows(new float[][][]{{{1, 2}}, {{2, 1}}}), 1, Progress.NONE);
        DenseRows other = new DenseRows(new float[][][]{{{1, 2}, {2, 1}}, {{2, 1}}});
        assertThatThrownBy(() -> TopNIndex.open(file, other)).hasMessageContaining("3 rows");
    }

    /**
     * A real-shaped label: random unit embeddings, ancestor nodes pooling their children's images (shared rows),
     * classes matched to nodes by text similarity. Selections from the index equal those from the label itself.
     */
    @Test
    void reuseScores_embeddingLabel_indexEqualsFullLabelForPaperAndCodeVariants() {
        Random random = new Random(5);
        EmbeddingLabel[] labels = new EmbeddingLabel[6];
        int nodes = 120;
        int dim = 12;
        float[][] texts = unitVectors(random, nodes, dim);
        int[][] nodeImages = pooledImages(nodes, 4);
        int images = 4 * nodes / 2;
        for (int m = 0; m < labels.length; m++) {
            float[][] x = new float[images][];
            for (int i = 0; i < images; i++) {
                // an image sits near its leaf's text, more or less tightly depending on the model
                x[i] = noisy(random, texts[nodes / 2 + i / 4], 0.6 + 0.15 * m);
            }
            labels[m] = new EmbeddingLabel(x, texts, nodeImages);
        }
        List<TopNIndex> indexes = new ArrayList<>();
        for (int m = 0; m < labels.length; m++) {
            Path file = dir.resolve("m" + m + ".idx");
            TopNIndexWriter.write(file, new EmbeddingRows(labels[m]), 4, Progress.NONE);
            indexes.add(TopNIndex.open(file, new EmbeddingRows(labels[m])));
        }
        for (int classes : new int[]{1, 3, 10}) {
            NodeMatching matching = NodeMatching.topN(unitVectors(random, classes, dim), texts, 5);
            for (SelectionConfig config : List.of(SelectionConfig.paper(), SelectionConfig.officialCode())) {
                assertSameSelection(List.of(labels), indexes, matching, config);
            }
        }
        long fallbacks = indexes.stream().mapToLong(i -> i.usage().fallbacks()).sum();
        assertThat(fallbacks).as("the fallback path was exercised").isPositive();
        indexes.forEach(TopNIndex::close);
    }

    static void assertSameSelection(List<? extends NodeScores> full, List<? extends NodeScores> indexed,
                                    NodeMatching matching, SelectionConfig config) {
        ReuseScores expected = ReuseScores.compute(full, matching.selectedNodes(), matching.z(), config);
        ReuseScores actual = ReuseScores.compute(indexed, matching.selectedNodes(), matching.z(), config);
        assertThat(actual.classScores()).isDeepEqualTo(expected.classScores());
        assertThat(actual.scores()).isDeepEqualTo(expected.scores());
        for (int y = 0; y < matching.nodes().length; y++) {
            for (int k = 1; k <= 6; k++) {
                assertThat(actual.topK(y, k)).isEqualTo(expected.topK(y, k));
            }
        }
    }

    @Test
    void open_storedLabel_writesIndexOnceBesideTheLabel() throws IOException {
        Random random = new Random(3);
        float[][] texts = unitVectors(random, 10, 4);
        EmbeddingLabel label = new EmbeddingLabel(unitVectors(random, 10, 4), texts, pooledImages(10, 2));
        LabelStore store = new LabelStore(dir.resolve("labels"));
        LabelKey key = new LabelKey("m", "abc", "graph", "gloss");
        store.save(key, label);
        try (TopNIndex index = LabelIndexes.open(store, key, label, 3, Progress.NONE)) {
            assertThat(index.file()).isEqualTo(store.folder(key).resolve("topn-3.idx"));
        }
        Path file = LabelIndexes.file(store, key, 3);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1000));
        try (TopNIndex index = LabelIndexes.open(store, key, label, 3, Progress.NONE)) {
            assertThat(index.argmaxAmong(3, new int[]{1, 2, 3})).containsExactly(label.argmaxAmong(3, new int[]{1, 2, 3}));
        }
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1000).isNotEqualTo(written.toMillis());
        assertThat(LabelIndexes.storedKeys(dir.resolve("labels"))).containsExactly(key);
    }

    /** Nodes 0..half-1 are parents of two leaves each; leaves half..nodes-1 own {@code perLeaf} images each. */
    static int[][] pooledImages(int nodes, int perLeaf) {
        int half = nodes / 2;
        int[][] out = new int[nodes][];
        for (int leaf = half; leaf < nodes; leaf++) {
            out[leaf] = new int[perLeaf];
            for (int i = 0; i < perLeaf; i++) {
                out[leaf][i] = (leaf - half) * perLeaf + i;
            }
        }
        for (int p = 0; p < half; p++) {
            int a = half + (2 * p) % half;
            int b = half + (2 * p + 1) % half;
            out[p] = java.util.stream.IntStream.concat(java.util.Arrays.stream(out[a]), java.util.Arrays.stream(out[b]))
                    .toArray();
        }
        return out;
    }

    static float[][] unitVectors(Random random, int count, int dim) {
        float[][] out = new float[count][dim];
        for (float[] v : out) {
            for (int d = 0; d < dim; d++) {
                v[d] = (float) random.nextGaussian();
            }
            normalize(v);
        }
        return out;
    }

    private static float[] noisy(Random random, float[] centre, double noise) {
        float[] v = centre.clone();
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (noise * random.nextGaussian() / Math.sqrt(v.length));
        }
        return normalize(v);
    }

    private static float[] normalize(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(s);
        }
        return v;
    }
}
