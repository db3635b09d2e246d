package io.mll4j.bench;

import io.mll4j.select.ReuseScores;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HubGrowthTest {
    /** r[m][y]: cat → b, dog → c, owl → a on the full hub. */
    private static final double[][] R = {{0.1, 0.2, 0.9}, {0.9, 0.1, 0.3}, {0.5, 0.8, 0.2}};

    private static FixedContext context() {
        return Fixtures.context("t", 0.2, 0.9, 0.5).withReuseScores(new ReuseScores(R, R));
    }

    @Test
    void run_fullHub_isTheSameInEveryOrder_andMatchesTheHandComputedEnsemble() {
        GrowthRecord g = HubGrowth.run(context(), 30, 5, "fp");
        assertThat(g.orders()).hasSize(30);
        // cat<-b, dog<-c, owl<-a: b (w 1.76, p 0.9 on cat) outvotes everything except on the cat images: 2/6
        for (double[] row : g.mll()) {
            assertThat(row[2]).isCloseTo(2.0 / 6, within(1e-12));
        }
        assertThat(HubGrowth.mllSelection(Fixtures.outputs(), new ReuseScores(R, R), java.util.List.of(0, 1, 2),
                Fixtures.vlms(null, null, null))).isEqualTo(Map.of("cat", java.util.List.of("b"), "dog",
                java.util.List.of("c"), "owl", java.util.List.of("a")));
        for (double[] row : g.inb()) {
            assertThat(row[2]).isCloseTo(2.0 / 6, within(1e-12)); // b has the best general score
        }
    }

    @Test
    void run_oneModelHub_isThatModelsAccuracy_andOrdersAreSeeded() {
        GrowthRecord g = HubGrowth.run(context(), 30, 5, "fp");
        Map<String, Double> alone = Map.of("a", 1.0, "b", 2.0 / 6, "c", 4.0 / 6);
        for (int o = 0; o < 30; o++) {
            double expected = alone.get(g.orders().get(o).getFirst());
            assertThat(g.mll()[o][0]).isCloseTo(expected, within(1e-12));
            assertThat(g.inb()[o][0]).isCloseTo(expected, within(1e-12));
        }
        assertThat(HubGrowth.run(context(), 30, 5, "fp").orders()).isEqualTo(g.orders());
        assertThat(g.orders().stream().distinct().count()).isGreaterThan(1);
    }
}
