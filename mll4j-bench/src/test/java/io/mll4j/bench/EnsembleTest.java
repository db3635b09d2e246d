package io.mll4j.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EnsembleTest {

    @Test
    void scores_onlySelectedModelsVote_weightedByInverseEntropy() {
        // one image; a = [0.5, 0.5] has H2 = 1 (w = 1); b = [0.75, 0.25] has H2 = 0.8113 (w = 1.2326)
        TaskOutputs out = new TaskOutputs(List.of("x", "y"), new int[]{0}, List.of("a", "b"),
                new double[][][]{{{0.5, 0.5}}, {{0.75, 0.25}}});
        double[][] s = Ensemble.scores(out, Map.of("x", List.of("a"), "y", List.of("b")));
        double hb = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);
        assertThat(s[0][0]).isCloseTo(0.5, within(1e-12));
        assertThat(s[0][1]).isCloseTo(0.25 / hb, within(1e-12));
    }

    @Test
    void scores_classWithoutModel_isRejected() {
        assertThatThrownBy(() -> Ensemble.scores(Fixtures.outputs(), Map.of("cat", List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dog");
    }

    @Test
    void evaluate_sameModelForAll_equalsThatModelsAccuracyAndCost() {
        TaskOutputs out = Fixtures.outputs();
        MethodRun run = MethodRun.evaluate(out, Ensemble.sameForAll(out.classes(), List.of("c")),
                Fixtures.vlms(null, null, null), Map.of());
        assertThat(run.metrics().top1()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(run.metrics().perClass()).containsEntry("cat", 0.0).containsEntry("dog", 1.0);
        assertThat(run.models()).containsExactly("c");
        assertThat(run.msPerImage()).isEqualTo(4.0);
    }

    @Test
    void metrics_top5_onlyAboveFiveClasses_andTiesGoToTheEarlierClass() {
        List<String> six = List.of("c0", "c1", "c2", "c3", "c4", "c5");
        // image 0: truth c5 ranked 6th; image 1: truth c0 tied first with c1 -> top-1 (earlier class wins)
        double[][] scores = {{6, 5, 4, 3, 2, 1}, {1, 1, 0, 0, 0, 0}};
        Metrics m = Metrics.of(scores, new int[]{5, 0}, six);
        assertThat(m.top1()).isEqualTo(0.5);
        assertThat(m.top5()).isEqualTo(0.5);
        assertThat(m.confusion()[5][0]).isEqualTo(1);
        assertThat(m.confusion()[0][0]).isEqualTo(1);
        assertThat(Metrics.of(new double[][]{{0, 1}}, new int[]{1}, List.of("a", "b")).top5()).isNull();
    }
}
