package io.mll4j.bench;

import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IndexCheckTest {
    @TempDir
    Path dir;

    @Test
    void run_storeOfTwoGraphs_checksEachGroupAndFindsNoMismatch() throws Exception {
        Random random = new Random(4);
        LabelStore store = new LabelStore(dir.resolve("labels"));
        for (String graph : List.of("g1", "g2")) {
            float[][] texts = unit(random, 50, 8);
            for (String model : List.of("a", "b", "c")) {
                int[][] nodeImages = new int[50][];
                for (int u = 0; u < 50; u++) {
                    nodeImages[u] = new int[]{2 * u, 2 * u + 1};
                }
                store.save(new LabelKey(model, "sha-" + model, graph, "gloss"),
                        new EmbeddingLabel(unit(random, 100, 8), texts, nodeImages));
            }
        }
        List<IndexCheck.Group> groups = IndexCheck.run(dir.resolve("labels"), Files.createDirectories(
                dir.resolve("scratch")), 3, 10, Progress.NONE);
        assertThat(groups).hasSize(2).allSatisfy(g -> {
            assertThat(g.models()).isEqualTo(3);
            assertThat(g.mismatches()).isZero();
            assertThat(g.codeFallback()).isPositive();
        });
    }

    private static float[][] unit(Random random, int n, int d) {
        float[][] out = new float[n][d];
        for (float[] v : out) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                v[i] = (float) random.nextGaussian();
                s += v[i] * v[i];
            }
            for (int i = 0; i < d; i++) {
                v[i] /= (float) Math.sqrt(s);
            }
        }
        return out;
    }
}
