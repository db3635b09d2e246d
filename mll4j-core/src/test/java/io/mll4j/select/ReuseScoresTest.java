package io.mll4j.select;

import io.mll4j.label.DenseNodeScores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hub of two models on a three-node graph (A, B selected; C not), every figure computed by hand:
 * <pre>
 * predicted among {A,B}   A images (4)   B images (2)   C images (2)
 * model 0                 A A A B        B A            A A
 * model 1                 A A B B        B B            B A
 * Z (classes a, b over A, B) = [[10, 2], [1, 8]]
 * </pre>
 */
class ReuseScoresTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int[] SELECTED = {A, B};
    private static final double[][] Z = {{10, 2}, {1, 8}};

    private static final DenseNodeScores MODEL_0 = model(new int[][]{{A, A, A, B}, {B, A}, {A, A}});
    private static final DenseNodeScores MODEL_1 = model(new int[][]{{A, A, B, B}, {B, B}, {B, A}});

    /** Full score rows whose argmax among {A, B} is the given node (C always scores highest overall). */
    private static DenseNodeScores model(int[][] predicted) {
        float[][][] rows = new float[3][][];
        for (int u = 0; u < 3; u++) {
            rows[u] = new float[predicted[u].length][];
            for (int i = 0; i < predicted[u].length; i++) {
                float[] row = {0.1f, 0.1f, 0.9f};
                row[predicted[u][i]] = 0.5f;
                rows[u][i] = row;
            }
        }
        return new DenseNodeScores(rows);
    }

    @Test
    void count_selectedPool_countsOnlySelectedImages() {
        NodeConfusion c = NodeConfusion.count(MODEL_0, SELECTED, FalsePositivePool.SELECTED_NODES);
        assertThat(c.tp()).containsExactly(3, 1);
        assertThat(c.fp()).containsExactly(1, 1);
        assertThat(c.p()).containsExactly(4, 2);
    }

    @Test
    void count_allNodesPool_addsOtherNodesImagesAsFalsePositives() {
        NodeConfusion c0 = NodeConfusion.count(MODEL_0, SELECTED, FalsePositivePool.ALL_NODES);
        NodeConfusion c1 = NodeConfusion.count(MODEL_1, SELECTED, FalsePositivePool.ALL_NODES);
        assertThat(c0.fp()).containsExactly(3, 1);
        assertThat(c1.tp()).containsExactly(2, 2);
        assertThat(c1.fp()).containsExactly(1, 3);
    }

    @Test
    void compute_paperVariant_matchesHandComputedPrecisionScores() {
        ReuseScores r = ReuseScores.compute(List.of(MODEL_0, MODEL_1), SELECTED, Z, SelectionConfig.paper());
        // model 0: precision A = 3/4, B = 1/2; s = [10*.75 + 2*.5, 1*.75 + 8*.5] = [8.5, 4.75]
        assertThat(r.classScores()[0]).containsExactly(new double[]{8.5, 4.75}, within(1e-9));
        // model 1: precision A = 2/2, B = 2/4; s = [11, 5]
        assertThat(r.classScores()[1]).containsExactly(new double[]{11, 5}, within(1e-9));
        // r = .7 s + .3 mean(all): model 0 mean 6.625, model 1 mean 8
        assertThat(r.scores()[0]).containsExactly(new double[]{7.9375, 5.3125}, within(1e-9));
        assertThat(r.scores()[1]).containsExactly(new double[]{10.1, 5.9}, within(1e-9));
        assertThat(r.topK(0, 1)).containsExactly(1);
        assertThat(r.topK(1, 1)).containsExactly(1);
        assertThat(r.topK(0, 2)).containsExactly(1, 0);
    }

    @Test
    void compute_codeVariant_matchesHandComputedF1AndSelectsDifferently() {
        ReuseScores r = ReuseScores.compute(List.of(MODEL_0, MODEL_1), SELECTED, Z, SelectionConfig.officialCode());
        // model 0, class a: TPy = 32, FPy = 32, Py = 44 -> 64 / 140; class b: TPy = 11, FPy = 11, Py = 20 -> 22 / 53
        assertThat(r.classScores()[0]).containsExactly(new double[]{64.0 / 140, 22.0 / 53}, within(1e-8));
        // model 1, class a: 24, 16, 44 -> 48 / 108; class b: 18, 25, 20 -> 36 / 81
        assertThat(r.classScores()[1]).containsExactly(new double[]{48.0 / 108, 36.0 / 81}, within(1e-8));
        // r = .7 s[y] + .3 s[other class]
        assertThat(r.scores()[0][0]).isCloseTo(0.7 * 64 / 140 + 0.3 * 22 / 53, within(1e-8));
        assertThat(r.scores()[0][1]).isCloseTo(0.7 * 22 / 53 + 0.3 * 64 / 140, within(1e-8));
        assertThat(r.topK(0, 1)).containsExactly(0);
        assertThat(r.topK(1, 1)).containsExactly(1);
    }

    @Test
    void compute_standardF1_usesTwoTpOverTpFpP() {
        SelectionConfig f1 = new SelectionConfig(1.0, 1, 5, ScoreRule.F1, GlobalMean.ALL_CLASSES,
                FalsePositivePool.ALL_NODES, false);
        ReuseScores r = ReuseScores.compute(List.of(MODEL_0), SELECTED, Z, f1);
        assertThat(r.scores()[0][0]).isCloseTo(64.0 / 108, within(1e-12));
    }

    @Test
    void topK_tiedScores_preferEarlierModel() {
        ReuseScores r = new ReuseScores(new double[][]{{1}, {1}}, new double[][]{{0.5}, {0.5}});
        assertThat(r.topK(0, 1)).containsExactly(0);
    }

    @Test
    void compute_normalizedZ_scalesRowsToOne() {
        SelectionConfig normalized = new SelectionConfig(1.0, 1, 5, ScoreRule.PRECISION, GlobalMean.ALL_CLASSES,
                FalsePositivePool.SELECTED_NODES, true);
        ReuseScores r = ReuseScores.compute(List.of(MODEL_0), SELECTED, Z, normalized);
        assertThat(r.scores()[0][0]).isCloseTo((10 * 0.75 + 2 * 0.5) / 12, within(1e-12));
    }
}
