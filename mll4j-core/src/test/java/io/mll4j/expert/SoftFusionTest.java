package io.mll4j.expert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One head over [dog, cat], soft fusion, λ = 1. Outputs: d1 d2 (.7, .3); c1 (.9, .1), c2 (.1, .9).
 * Rows on all evidence: dog (1.4 + 1, .6 + 1) / 4 = (.6, .4); cat (1 + 1, 1 + 1) / 4 = (.5, .5).
 */
class SoftFusionTest {
    private static final TaskClasses TASK = new TaskClasses(List.of("dog", "cat"), List.of(DOG, CAT));
    private static final int[][] NODE_IMAGES = TinyHub.nodeImages(DOG, new int[]{0, 1}, CAT, new int[]{2, 3});

    private static CombinationEvaluator evaluator(CombinationConfig config) {
        List<TaskHead> heads = List.of(TinyHub.vlm("h", TASK, 1, p(.7, .3), p(.7, .3), p(.9, .1), p(.1, .9)));
        return new CombinationEvaluator(TASK, TaskEvidence.of(TinyHub.GRAPH,
                config.discount(TinyHub.GRAPH, NODE_IMAGES), TASK), heads, config);
    }

    private static CombinationConfig soft(boolean leaveOneOut) {
        return new CombinationConfig(0, 2, FusionRule.SOFT, 1, true, leaveOneOut, ClassPrior.UNIFORM, 0);
    }

    @Test
    void confusion_soft_averagesProbabilitiesWithLaplace() {
        HeadConfusion c = evaluator(soft(false)).confusion(0);
        assertThat(c.row(0)).containsExactly(new double[]{.6, .4}, within(1e-12));
        assertThat(c.row(1)).containsExactly(new double[]{.5, .5}, within(1e-12));
        // soft likelihood of dog for (.7, .3): .7·.6 + .3·.4 = .54
        assertThat(c.logLikelihoods(p(.7, .3))[0]).isCloseTo(Math.log(.54), within(1e-12));
    }

    @Test
    void estimate_resubstitution_isOptimisticComparedToLeaveOneOut() {
        // on all evidence: d (.54 vs .5) right; c1 (.58 vs .5) wrong; c2 (.42 vs .5) right → [1, .5] = .75
        assertThat(evaluator(soft(false)).estimate(0).perClass()).containsExactly(new double[]{1, .5},
                within(1e-12));
        // leave c2 out: cat row from c1 alone = (1.9/3, 1.1/3); c2 scores cat .1·1.9/3 + .9·1.1/3 = .3933 < dog .42
        // leave d1 out: dog row (1.7/3, 1.3/3); d1 scores dog .7·1.7/3 + .3·1.3/3 = .5267 > cat .5 → [1, 0] = .5
        CombinationEstimate loo = evaluator(soft(true)).estimate(0);
        assertThat(loo.perClass()).containsExactly(new double[]{1, 0}, within(1e-12));
        assertThat(loo.accuracy()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void logLikelihoods_logLinear_weighsLogRowsByTheOutput() {
        HeadConfusion c = evaluator(soft(false).withRule(FusionRule.LOG_LINEAR)).confusion(0);
        double[] ll = c.logLikelihoods(p(.1, .9));
        assertThat(ll[0]).isCloseTo(.1 * Math.log(.6) + .9 * Math.log(.4), within(1e-12));
        assertThat(ll[1]).isCloseTo(Math.log(.5), within(1e-12));
    }

    @Test
    void estimate_evidencePrior_favoursTheClassWithMoreEvidence() {
        // an uninformative head and 3 dog images vs 1 cat image: the prior alone decides → dog always
        int[][] lopsided = TinyHub.nodeImages(DOG, new int[]{0, 1, 2}, CAT, new int[]{3});
        CombinationConfig config = soft(false).withPrior(ClassPrior.EVIDENCE);
        List<TaskHead> heads = List.of(TinyHub.vlm("flat", TASK, 1, p(.5, .5), p(.5, .5), p(.5, .5), p(.5, .5)));
        CombinationEvaluator e = new CombinationEvaluator(TASK, TaskEvidence.of(TinyHub.GRAPH,
                config.discount(TinyHub.GRAPH, lopsided), TASK), heads, config);
        assertThat(e.estimate(0).perClass()).containsExactly(new double[]{1, 0}, within(1e-12));
        assertThat(e.combination(0).predict(List.of(p(.5, .5))).probabilities()[0]).isCloseTo(.75, within(1e-12));
    }
}
