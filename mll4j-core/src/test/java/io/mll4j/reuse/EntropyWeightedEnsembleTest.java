package io.mll4j.reuse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntropyWeightedEnsembleTest {

    @Test
    void entropyBits_uniformOverFour_isTwo() {
        assertThat(EntropyWeightedEnsemble.entropyBits(new double[]{.25, .25, .25, .25})).isCloseTo(2, within(1e-12));
    }

    @Test
    void scores_onlySelectedModelsVoteOnTheirClasses() {
        // model 0: p = (.5, .5) -> H = 1 bit, w = 1; model 1: p = (.25, .75) -> H = 0.811278 bits
        double[] p0 = {0.5, 0.5};
        double[] p1 = {0.25, 0.75};
        double w1 = 1 / (-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2));
        // class 0 chose model 0 only, class 1 chose model 1 only
        double[] s = EntropyWeightedEnsemble.scores(List.of(p0, p1), new int[][]{{0}, {1}});
        assertThat(s[0]).isCloseTo(0.5, within(1e-12));
        assertThat(s[1]).isCloseTo(w1 * 0.75, within(1e-12));
        // both models on both classes
        double[] both = EntropyWeightedEnsemble.scores(List.of(p0, p1), new int[][]{{0, 1}, {0, 1}});
        assertThat(both[0]).isCloseTo(0.5 + w1 * 0.25, within(1e-12));
        assertThat(EntropyWeightedEnsemble.argmax(both)).isEqualTo(1);
    }

    @Test
    void scores_oneHotOutput_getsLargeFiniteWeight() {
        double[] s = EntropyWeightedEnsemble.scores(List.of(new double[]{1, 0}), new int[][]{{0}, {0}});
        assertThat(s[0]).isFinite().isGreaterThan(1e6);
        assertThat(s[1]).isFinite();
    }

    @Test
    void softmax_largeLogits_isStableAndSumsToOne() {
        double[] p = EntropyWeightedEnsemble.softmax(new double[]{1000, 1000, 998});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-12));
        assertThat(p[0]).isCloseTo(p[1], within(1e-15));
    }
}
