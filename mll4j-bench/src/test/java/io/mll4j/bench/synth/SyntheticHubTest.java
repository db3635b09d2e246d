package io.mll4j.bench.synth;

import io.mll4j.label.DenseNodeScores;
import io.mll4j.label.NodeScores;
import io.mll4j.label.index.RowRanking;
import io.mll4j.match.NodeMatching;
import io.mll4j.progress.Progress;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticHubTest {
    /** Small enough to materialise full rows; N = 4 of a 10-node neighbourhood, so fallbacks happen. */
    private static final SyntheticHubSpec SMALL = new SyntheticHubSpec(7, 5, 240, 6, 10, 4);

    @TempDir
    Path dir;

    private static DenseNodeScores fullRows(SyntheticLabel label, int nodes, int images) {
        float[][][] rows = new float[nodes][images][];
        double[] s = new double[nodes];
        for (int u = 0; u < nodes; u++) {
            for (int i = 0; i < images; i++) {
                label.scores(u * images + i, s);
                rows[u][i] = new float[nodes];
                for (int v = 0; v < nodes; v++) {
                    rows[u][i][v] = (float) s[v];
                    assertThat((double) rows[u][i][v]).as("scores are exact in float").isEqualTo(s[v]);
                }
            }
        }
        return new DenseNodeScores(rows);
    }

    @Test
    void selection_smallHub_indexEqualsFullRowsForPaperAndCodeVariants() {
        SyntheticHub.generate(dir, SMALL, 2, Progress.NONE);
        try (SyntheticHub hub = SyntheticHub.open(dir)) {
            List<NodeScores> full = new ArrayList<>();
            for (SyntheticLabel label : hub.labels()) {
                full.add(fullRows(label, SMALL.nodes(), SMALL.imagesPerNode()));
            }
            for (int classes : new int[]{1, 4, 12, 40}) {
                NodeMatching matching = SyntheticTasks.matching(hub.graph(), classes, 5, classes);
                for (SelectionConfig config : List.of(SelectionConfig.paper(), SelectionConfig.officialCode())) {
                    ReuseScores expected = ReuseScores.compute(full, matching.selectedNodes(), matching.z(), config);
                    ReuseScores actual = ReuseScores.compute(hub.indexes(), matching.selectedNodes(), matching.z(),
                            config);
                    assertThat(actual.scores()).isDeepEqualTo(expected.scores());
                    for (int y = 0; y < classes; y++) {
                        for (int k = 1; k <= 6; k++) {
                            assertThat(actual.topK(y, k)).isEqualTo(expected.topK(y, k));
                        }
                    }
                }
            }
            assertThat(hub.usage().fallbacks()).as("fallbacks were exercised").isPositive();
        }
    }

    @Test
    void rank_procedural_equalsRankingTheFullRow() {
        SyntheticGraph graph = SyntheticGraph.generate(SMALL.nodes(), SMALL.neighbourhood(), SMALL.seed());
        SyntheticLabel label = new SyntheticLabel(graph, SMALL, 1);
        double[] s = new double[SMALL.nodes()];
        int ties = 0;
        for (int row = 0; row < SMALL.rows(); row++) {
            int[] fast = new int[4];
            boolean[] fastTied = new boolean[4];
            label.rank(row, fast, fastTied);
            label.scores(row, s);
            int[] slow = new int[4];
            boolean[] slowTied = new boolean[4];
            RowRanking.rank(s, slow, slowTied);
            assertThat(fastTied).isEqualTo(slowTied);
            for (int k = 0; k < 4; k++) {
                assertThat(s[fast[k]]).isEqualTo(s[slow[k]]);
                ties += fastTied[k] ? 1 : 0;
            }
        }
        assertThat(ties).as("1/64 resolution produces ties, as float16 logits do").isPositive();
    }

    @Test
    void generate_sameSpecTwice_writesIdenticalIndexes() throws IOException {
        SyntheticHubSpec spec = SMALL.withModels(2);
        SyntheticHub.generate(dir.resolve("a"), spec, 1, Progress.NONE);
        SyntheticHub.generate(dir.resolve("b"), spec, 2, Progress.NONE);
        for (int m = 0; m < 2; m++) {
            Path rel = dir.resolve("a").relativize(io.mll4j.label.index.LabelIndexes.file(
                    new io.mll4j.label.LabelStore(dir.resolve("a/labels")), SyntheticHub.key(spec, m), spec.topN()));
            assertThat(Hashes.sha256(Files.readAllBytes(dir.resolve("a").resolve(rel))))
                    .isEqualTo(Hashes.sha256(Files.readAllBytes(dir.resolve("b").resolve(rel))));
        }
    }

    @Test
    void models_accuracyOnOwnNode_variesByModelAndRegion() {
        SyntheticGraph graph = SyntheticGraph.generate(SMALL.nodes(), SMALL.neighbourhood(), SMALL.seed());
        double[] accuracy = new double[SMALL.models()];
        for (int m = 0; m < SMALL.models(); m++) {
            SyntheticLabel label = new SyntheticLabel(graph, SMALL, m);
            int[] top = new int[1];
            boolean[] tied = new boolean[1];
            int hits = 0;
            for (int row = 0; row < SMALL.rows(); row++) {
                label.rank(row, top, tied);
                hits += top[0] == row / SMALL.imagesPerNode() ? 1 : 0;
            }
            accuracy[m] = (double) hits / SMALL.rows();
        }
        assertThat(java.util.Arrays.stream(accuracy).max().orElseThrow()
                - java.util.Arrays.stream(accuracy).min().orElseThrow()).isGreaterThan(0.1);
        SyntheticLabel one = new SyntheticLabel(graph, SMALL, 0);
        assertThat(one.skill(0)).isNotEqualTo(one.skill(1));
    }

    @Test
    void open_missingHub_namesTheCommandToRun() {
        assertThatThrownBy(() -> SyntheticHub.open(dir.resolve("none")))
                .hasMessageContaining("mll bench synth");
    }
}
