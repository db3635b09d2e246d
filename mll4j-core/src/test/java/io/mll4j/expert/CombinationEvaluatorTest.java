package io.mll4j.expert;

import org.junit.jupiter.api.Test;

import static io.mll4j.expert.FourExperts.E0;
import static io.mll4j.expert.FourExperts.E1;
import static io.mll4j.expert.FourExperts.E2;
import static io.mll4j.expert.FourExperts.E3;
import static io.mll4j.expert.FourExperts.HAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hard fusion, λ = 1, pooled uncovered rows, two images per class, so C[y][o] = (count + 1) / (2 + |O|)
 * (pooled rows: (count + 1) / (n + |O|) over all uncovered classes' images). Accuracies use 1/k for k-way ties.
 */
class CombinationEvaluatorTest {
    private final CombinationEvaluator evaluator = FourExperts.evaluator(HAND);

    @Test
    void confusion_e1_matchesHandCountsWithPooledRowForDogAndCat() {
        HeadConfusion c = evaluator.confusion(E1);
        // outcomes [car, bike, other]; car images → car, car; bike → bike, bike
        assertThat(c.row(2)).containsExactly(new double[]{3 / 5.0, 1 / 5.0, 1 / 5.0}, within(1e-12));
        assertThat(c.row(3)).containsExactly(new double[]{1 / 5.0, 3 / 5.0, 1 / 5.0}, within(1e-12));
        // dog and cat share one row: d1 d2 c1 → other, c2 → car, n = 4: (1+1, 0+1, 3+1) / 7
        assertThat(c.row(0)).containsExactly(new double[]{2 / 7.0, 1 / 7.0, 4 / 7.0}, within(1e-12));
        assertThat(c.row(1)).containsExactly(c.row(0));
    }

    @Test
    void confusion_withoutPooling_estimatesEachUncoveredClassOnItsOwn() {
        HeadConfusion c = FourExperts.evaluator(HAND.withPoolUncovered(false)).confusion(E1);
        // dog: other, other → (1, 1, 3) / 5; cat: other, car → (2, 1, 2) / 5
        assertThat(c.row(0)).containsExactly(new double[]{1 / 5.0, 1 / 5.0, 3 / 5.0}, within(1e-12));
        assertThat(c.row(1)).containsExactly(new double[]{2 / 5.0, 1 / 5.0, 2 / 5.0}, within(1e-12));
    }

    @Test
    void estimate_noHead_isTheUniformGuess() {
        // every class ties with the 3 others on every image: 1/4
        assertThat(evaluator.estimate().accuracy()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void estimate_singleHeads_matchHandFigures() {
        // e0: dog/cat right; car, bike images land on dog or cat → [1, 1, 0, 0]
        assertThat(evaluator.estimate(E0).perClass()).containsExactly(new double[]{1, 1, 0, 0}, within(1e-12));
        // e1: "other" ties dog and cat (4/7 each): dog .5, cat (.5 + 0) / 2 (c2 → car) → [.5, .25, 1, 1]
        assertThat(evaluator.estimate(E1).perClass()).containsExactly(new double[]{.5, .25, 1, 1}, within(1e-12));
        assertThat(evaluator.estimate(E1).accuracy()).isCloseTo(0.6875, within(1e-12));
        // e2: "car" → car (3/4 vs 1/4); "other" ties dog, cat, bike (3/4 each) → 1/3; b1 → car is wrong
        assertThat(evaluator.estimate(E2).perClass()).containsExactly(new double[]{1 / 3.0, 1 / 3.0, 1, 1 / 6.0},
                within(1e-12));
        assertThat(evaluator.estimate(E2).accuracy()).isCloseTo(11 / 24.0, within(1e-12));
        // e3: bike's own row (2/5, 1/5, 2/5) ties dog on "dog" (2/5): d1 .5, d2 → cat 0; b1 → car 0, b2 tie .5
        assertThat(evaluator.estimate(E3).perClass()).containsExactly(new double[]{.25, 1, 1, .25}, within(1e-12));
        assertThat(evaluator.estimate(E3).accuracy()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void estimate_pairs_matchHandFigures() {
        // {e0, e1}: only c2 fails (e0 cat 3/4 · e1 car-for-cat 2/7 = .214 < car 1/2 · 3/5 = .3)
        assertThat(evaluator.estimate(E0, E1).perClass()).containsExactly(new double[]{1, .5, 1, 1}, within(1e-12));
        assertThat(evaluator.estimate(E0, E1).accuracy()).isCloseTo(0.875, within(1e-12));
        // {e1, e3}: only d2 fails (e3 cat 3/5 · 4/7 beats dog 2/5 · 4/7)
        assertThat(evaluator.estimate(E1, E3).perClass()).containsExactly(new double[]{.5, 1, 1, 1}, within(1e-12));
        // {e0, e2}, {e0, e3}: both bike images lost → .75
        assertThat(evaluator.estimate(E0, E2).accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(evaluator.estimate(E0, E3).accuracy()).isCloseTo(0.75, within(1e-12));
        // {e1, e2}: dog and cat tie everywhere (.5, .5); b1 ties car/bike at .15 → bike (.5 + 1) / 2
        assertThat(evaluator.estimate(E1, E2).perClass()).containsExactly(new double[]{.5, .5, 1, .75},
                within(1e-12));
        assertThat(evaluator.estimate(E2, E3).accuracy()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void estimate_orderOfHeads_doesNotMatter() {
        assertThat(evaluator.estimate(E3, E1).perClass()).containsExactly(evaluator.estimate(E1, E3).perClass());
    }
}
