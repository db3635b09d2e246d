package io.mll4j.expert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mll4j.expert.FourExperts.HAND;
import static io.mll4j.expert.TinyHub.BIKE;
import static io.mll4j.expert.TinyHub.CAR;
import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.ENTITY;
import static io.mll4j.expert.TinyHub.TASK;
import static io.mll4j.expert.TinyHub.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CHCO on {@link FourExperts} (figures from CombinationEvaluatorTest) and on a crafted hub where greedy is myopic. */
class ChcoTest {
    private static final int[] EXPERTS = {0, 1, 2, 3};

    private static ChcoResult search(CombinationEvaluator evaluator, Budget budget, SearchMethod method) {
        return Chco.builder().setEvaluator(evaluator).setBudget(budget).optCandidates(EXPERTS).optMethod(method)
                .build().search();
    }

    @Test
    void search_budgetOneModel_picksE1() {
        // singles: e0 .5, e1 .6875, e2 11/24, e3 .625
        ChcoResult r = search(FourExperts.evaluator(HAND), Budget.models(1), SearchMethod.AUTO);
        assertThat(r.method()).isEqualTo(SearchMethod.EXACT);
        assertThat(r.ids()).containsExactly("e1");
        assertThat(r.estimate().accuracy()).isCloseTo(0.6875, within(1e-12));
        // subsets: {} and 4 singles
        assertThat(r.evaluated()).isEqualTo(5);
    }

    @Test
    void search_budgetTwoModels_breaksAccuracyTieByCost() {
        // {e0, e1} and {e1, e3} both .875; they cost 1 + 2 = 3 and 2 + 4 = 6 ms/image
        ChcoResult r = search(FourExperts.evaluator(HAND), Budget.models(2), SearchMethod.EXACT);
        assertThat(r.ids()).containsExactly("e0", "e1");
        assertThat(r.estimate().accuracy()).isCloseTo(0.875, within(1e-12));
        assertThat(r.trace()).extracting(SearchStep::heads)
                .containsExactly(List.of(), List.of("e1"), List.of("e0", "e1"));
        assertThat(r.trace()).extracting(SearchStep::gain)
                .containsExactly(0.0, 0.4375, 0.1875);
    }

    @Test
    void search_greedyBudgetTwo_equalsExactAndTracesItsLookahead() {
        ChcoResult greedy = search(FourExperts.evaluator(HAND), Budget.models(2), SearchMethod.GREEDY);
        assertThat(greedy.method()).isEqualTo(SearchMethod.GREEDY);
        assertThat(greedy.ids()).containsExactly("e0", "e1");
        // step 1: e0 and e1 both reach {e0, e1}; e1 is better alone (.6875 vs .5), so it goes first
        SearchStep first = greedy.trace().get(0);
        assertThat(first.kind()).isEqualTo(SearchStep.Kind.ADD);
        assertThat(first.heads()).containsExactly("e1");
        assertThat(first.accuracy()).isCloseTo(0.6875, within(1e-12));
        assertThat(first.gain()).isCloseTo(0.4375, within(1e-12));
        assertThat(first.lookaheadPartner()).isEqualTo("e0");
        assertThat(first.lookaheadAccuracy()).isCloseTo(0.875, within(1e-12));
        SearchStep second = greedy.trace().get(1);
        assertThat(second.heads()).containsExactly("e0");
        assertThat(second.gain()).isCloseTo(0.1875, within(1e-12));
        assertThat(greedy.trace().get(2).kind()).isEqualTo(SearchStep.Kind.STOP);
    }

    @Test
    void search_costBudget_choosesTheBestAffordableSet() {
        // 2.5 ms/image affords {e0}, {e1}, {e2}, {e0, e2} (2 ms); {e0, e2} .75 beats e1 .6875
        ChcoResult r = search(FourExperts.evaluator(HAND), Budget.msPerImage(2.5), SearchMethod.AUTO);
        assertThat(r.ids()).containsExactly("e0", "e2");
        assertThat(r.estimate().accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(r.skipped()).containsExactly("e3: alone exceeds the budget (4.0 ms/image)");
    }

    @Test
    void search_defaultCandidates_skipHeadsCoveringNoClass() {
        TaskClasses onlyBike = new TaskClasses(List.of("bike"), List.of(BIKE));
        HierarchyDiscount discount = HAND.discount(TinyHub.GRAPH, FourExperts.NODE_IMAGES);
        List<TaskHead> heads = List.of(TinyHub.expert("dogs", onlyBike, FourExperts.NODE_IMAGES, 1,
                List.of(DOG, CAT), p(1, 0), p(1, 0), p(1, 0), p(1, 0), p(1, 0), p(1, 0), p(1, 0), p(1, 0), p(1, 0)));
        CombinationEvaluator evaluator = new CombinationEvaluator(onlyBike,
                TaskEvidence.of(TinyHub.GRAPH, discount, onlyBike), heads, HAND);
        ChcoResult r = Chco.builder().setEvaluator(evaluator).setBudget(Budget.models(3)).build().search();
        assertThat(r.heads()).isEmpty();
        assertThat(r.skipped()).containsExactly("dogs: covers no task class");
    }

    /**
     * Greedy with pair lookahead is myopic when the best set needs three heads together. Images: dog d1 d2, cat
     * c1 c2, car r1 r2, bike b1 b2 b3. A covers dog, cat, car (right on them) but calls b1 dog, b2 cat, b3 car;
     * B, C, D are perfect one-vs-rest specialists of dog, cat, car (their other label is "entity").
     * Hard fusion, λ = 1, pooled rows:
     * <pre>
     * A: dog (3,1,1)/5, cat (1,3,1)/5, car (1,1,3)/5, bike (1,1,1)/3      alone [1, 1, 1, 0]  = .75
     * B: dog (3/4, 1/4), cat = car = bike pooled (1/9, 8/9)               alone [1, ⅓, ⅓, ⅓] = .5
     * {B,C,D}: bike = "other" three times → bike (8/9)³ beats (1/4)(8/9)² → 1.0
     * pairs: {A,x} = [1, 1, 1, ⅓] = .8333 (x fixes one bike image), {x,y} specialists = .75 (two classes tie)
     * {A,x,y} = [1, 1, 1, ⅔] = .9167: the bike image A calls the third specialist's class stays wrong
     * </pre>
     * Greedy: step 1, A and B both reach {A,B} (.8333), A is better alone → A; then only sets with A: .9167.
     * Exact: {B,C,D} = 1.0.
     */
    @Test
    void search_tripleSynergy_exactFindsItGreedyDoesNot() {
        int[][] nodeImages = TinyHub.nodeImages(DOG, new int[]{0, 1}, CAT, new int[]{2, 3}, CAR, new int[]{4, 5},
                BIKE, new int[]{6, 7, 8});
        double[] dog = p(.8, .1, .1);
        double[] cat = p(.1, .8, .1);
        double[] car = p(.1, .1, .8);
        double[] yes = p(.9, .1);
        double[] no = p(.1, .9);
        List<TaskHead> heads = List.of(
                TinyHub.expert("A", TASK, nodeImages, 1, List.of(DOG, CAT, CAR), dog, dog, cat, cat, car, car,
                        dog, cat, car),
                TinyHub.expert("B", TASK, nodeImages, 1, List.of(DOG, ENTITY), yes, yes, no, no, no, no, no, no, no),
                TinyHub.expert("C", TASK, nodeImages, 1, List.of(CAT, ENTITY), no, no, yes, yes, no, no, no, no, no),
                TinyHub.expert("D", TASK, nodeImages, 1, List.of(CAR, ENTITY), no, no, no, no, yes, yes, no, no, no));
        CombinationEvaluator evaluator = new CombinationEvaluator(TASK,
                TaskEvidence.of(TinyHub.GRAPH, HAND.discount(TinyHub.GRAPH, nodeImages), TASK), heads, HAND);
        assertThat(evaluator.estimate(0).accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(evaluator.estimate(0, 1).accuracy()).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(evaluator.estimate(1, 2).accuracy()).isCloseTo(0.75, within(1e-12));

        ChcoResult exact = search(evaluator, Budget.models(3), SearchMethod.EXACT);
        ChcoResult greedy = search(evaluator, Budget.models(3), SearchMethod.GREEDY);

        assertThat(exact.ids()).containsExactly("B", "C", "D");
        assertThat(exact.estimate().accuracy()).isCloseTo(1.0, within(1e-12));
        assertThat(greedy.ids()).containsExactly("A", "B", "C");
        assertThat(greedy.estimate().accuracy()).isCloseTo(11 / 12.0, within(1e-12));
        assertThat(greedy.trace()).extracting(SearchStep::heads)
                .containsExactly(List.of("A"), List.of("B"), List.of("C"), List.of());
    }

    @Test
    void search_headThatGainsNothingButCoversAClass_isPreferredToNoHead() {
        // "mute" has one label (dog) and always answers it: one outcome, identical rows, every class tied at 1/4 —
        // exactly the empty set's estimate. At equal accuracy the set covering more classes wins, so dog is not left
        // uncovered for nothing; "blank" covers no class and is skipped.
        double[][] always = new double[9][];
        java.util.Arrays.fill(always, new double[]{1});
        CombinationEvaluator evaluator = new CombinationEvaluator(TASK, FourExperts.evaluator(HAND).evidence(),
                List.of(TinyHub.expert("mute", TASK, FourExperts.NODE_IMAGES, 1, List.of(DOG), always),
                        TinyHub.expert("blank", TASK, FourExperts.NODE_IMAGES, 1, List.of(ENTITY), always)), HAND);
        assertThat(evaluator.estimate(0).accuracy()).isCloseTo(0.25, within(1e-12));
        for (SearchMethod method : List.of(SearchMethod.EXACT, SearchMethod.GREEDY)) {
            ChcoResult r = Chco.builder().setEvaluator(evaluator).setBudget(Budget.models(2)).optMethod(method).build()
                    .search();
            assertThat(r.ids()).as(method.name()).containsExactly("mute");
            assertThat(r.skipped()).containsExactly("blank: covers no task class");
        }
    }
}
