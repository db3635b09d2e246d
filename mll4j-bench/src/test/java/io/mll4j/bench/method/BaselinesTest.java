package io.mll4j.bench.method;

import io.mll4j.bench.FixedContext;
import io.mll4j.bench.Fixtures;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.reuse.Prompt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** INB, all models and the two oracles on {@link Fixtures}, every answer worked out by hand there. */
class BaselinesTest {
    private static final Prompt P = Prompt.PHOTO;

    private static RunParams k(int k) {
        return new RunParams(k, 0.7, 1);
    }

    @Test
    void inb_k1_picksTheBestGeneralScoreForEveryClass() {
        MethodRun run = new InbMethod(P).run(Fixtures.context("t", 0.2, 0.9, 0.5), k(1));
        assertThat(run.selection()).containsOnly(Map.entry("cat", List.of("b")), Map.entry("dog", List.of("b")),
                Map.entry("owl", List.of("b")));
        assertThat(run.metrics().top1()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(run.msPerImage()).isEqualTo(2.0);
    }

    @Test
    void inb_k2_ensemblesTheTopTwo() {
        // b (w 1.76) outvotes c (w 1.08) on every image: class 0 everywhere, right on the two cat images
        MethodRun run = new InbMethod(P).run(Fixtures.context("t", 0.2, 0.9, 0.5), k(2));
        assertThat(run.selection().get("dog")).containsExactly("b", "c");
        assertThat(run.metrics().top1()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(run.msPerImage()).isEqualTo(6.0);
    }

    @Test
    void inb_tiesGoToHubOrder_andModelsWithoutScoreRankLast() {
        assertThat(new InbMethod(P).run(Fixtures.context("t", 0.1, 0.9, 0.9), k(1)).models()).containsExactly("b");
        assertThat(InbMethod.ranking(Fixtures.vlms(null, 0.1, 0.2)).stream().map(m -> m.id()))
                .containsExactly("c", "b", "a");
    }

    @Test
    void allModels_everyModelVotesOnEveryClass() {
        // a's weight is small (H2 about 1.49), b and c dominate as in inb_k2: class 0 everywhere
        MethodRun run = new AllModelsMethod(P).run(Fixtures.context("t", null, null, null), k(1));
        assertThat(run.models()).containsExactly("a", "b", "c");
        assertThat(run.metrics().top1()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(run.msPerImage()).isEqualTo(7.0);
    }

    @Test
    void taskOracle_picksTheBestTestAccuracy() {
        MethodRun run = new TaskOracleMethod(P).run(Fixtures.context("t", 0.2, 0.9, 0.5), k(1));
        assertThat(run.models()).containsExactly("a");
        assertThat(run.metrics().top1()).isEqualTo(1.0);
        assertThat(new TaskOracleMethod(P).run(Fixtures.context("t", 0.2, 0.9, 0.5), k(2)).models())
                .containsExactly("a", "c");
        assertThat(new TaskOracleMethod(P).upperBound()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void classOracle_picksTheBestF1PerClass_tiesToHubOrder() {
        MethodRun run = new ClassOracleMethod(P).run(Fixtures.context("t", null, null, null), k(1));
        // cat: a F1 1, b 2*2/(4+4) = 0.5, c 0; dog: a 1, c 2*2/(4+2) = 2/3; owl: a 1 = c 1 -> a (earlier)
        assertThat(run.selection()).containsOnly(Map.entry("cat", List.of("a")), Map.entry("dog", List.of("a")),
                Map.entry("owl", List.of("a")));
        Map<String, Map<String, Double>> f1 = (Map<String, Map<String, Double>>) run.details().get("classF1");
        assertThat(f1.get("cat").get("b")).isCloseTo(0.5, within(1e-12));
        assertThat(f1.get("dog").get("c")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(f1.get("owl").get("c")).isEqualTo(1.0);
        assertThat(run.metrics().top1()).isEqualTo(1.0);
    }

    @Test
    void classOracle_k2_addsTheRunnerUpPerClass() {
        MethodRun run = new ClassOracleMethod(P).run(Fixtures.context("t", null, null, null), k(2));
        assertThat(run.selection().get("cat")).containsExactly("a", "b");
        assertThat(run.selection().get("dog")).containsExactly("a", "c");
        assertThat(run.selection().get("owl")).containsExactly("a", "c");
    }

    @Test
    void random_sameSeed_sameDraws_andTheMeanIsTheMeanOfTheDraws() {
        FixedContext ctx = Fixtures.context("t", null, null, null);
        RandomMethod method = new RandomMethod(P, 10);
        MethodRun one = method.run(ctx, new RunParams(1, 0.7, 42));
        MethodRun two = method.run(ctx, new RunParams(1, 0.7, 42));
        @SuppressWarnings("unchecked")
        List<Double> draws = (List<Double>) one.details().get("top1PerDraw");
        assertThat(draws).hasSize(10).isEqualTo(two.details().get("top1PerDraw"));
        assertThat(one.metrics().top1()).isCloseTo(draws.stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow(), within(1e-12));
        assertThat(one.selection()).isEqualTo(two.selection());
    }

    @Test
    void random_draw_givesKDistinctModelsPerClass_andDependsOnTheSeed() {
        List<String> classes = List.of("x", "y", "z", "w");
        var vlms = Fixtures.vlms(null, null, null);
        Map<String, List<String>> d = RandomMethod.draw(classes, vlms, 2, new java.util.Random(7));
        d.values().forEach(models -> assertThat(models).hasSize(2).doesNotHaveDuplicates());
        List<Map<String, List<String>>> draws = new java.util.ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            draws.add(RandomMethod.draw(classes, vlms, 1, new java.util.Random(seed)));
        }
        assertThat(draws.stream().distinct().count()).isGreaterThan(1);
        assertThat(RandomMethod.seed(1, "t", 0)).isNotEqualTo(RandomMethod.seed(1, "u", 0))
                .isNotEqualTo(RandomMethod.seed(1, "t", 1));
    }

    @Test
    void random_kAtHubSize_isTheAllModelsEnsembleInEveryDraw() {
        FixedContext ctx = Fixtures.context("t", null, null, null);
        MethodRun run = new RandomMethod(P, 10).run(ctx, k(3));
        assertThat((Double) run.details().get("top1Sd")).isEqualTo(0.0);
        assertThat(run.metrics().top1()).isCloseTo(new AllModelsMethod(P).run(ctx, k(1)).metrics().top1(),
                within(1e-12));
    }
}
