package io.mll4j.expert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mll4j.expert.FourExperts.E0;
import static io.mll4j.expert.FourExperts.E2;
import static io.mll4j.expert.FourExperts.HAND;
import static io.mll4j.expert.TinyHub.ANIMAL;
import static io.mll4j.expert.TinyHub.BIKE;
import static io.mll4j.expert.TinyHub.CAR;
import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.ENTITY;
import static io.mll4j.expert.TinyHub.GRAPH;
import static io.mll4j.expert.TinyHub.PUPPY;
import static io.mll4j.expert.TinyHub.TASK;
import static io.mll4j.expert.TinyHub.VEHICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CoverageTest {

    @Test
    void of_descendantLabel_coversAncestorClassAndSumsItsMass() {
        // e0's labels dog, cat, puppy: puppy is below dog, so dog's probability is p(dog) + p(puppy)
        HeadCoverage c = HeadCoverage.of(GRAPH, List.of(DOG, CAT, PUPPY), TASK);
        assertThat(c.outcomeClass()).containsExactly(0, 1);
        assertThat(c.labelOutcome()).containsExactly(0, 1, 0);
        assertThat(c.project(new double[]{.2, .1, .7}, false)).containsExactly(new double[]{.9, .1}, within(1e-12));
        assertThat(c.project(new double[]{.2, .1, .7}, true)).containsExactly(1, 0);
    }

    @Test
    void of_labelAboveOrOutsideTaskNodes_goesToOther() {
        // "vehicle" is above car and bike, "entity" above everything, an unmapped label and a synset not in the graph
        HeadCoverage c = HeadCoverage.of(GRAPH, java.util.Arrays.asList(CAR, VEHICLE, ENTITY, null, "n99999999"), TASK);
        assertThat(c.outcomeClass()).containsExactly(2, HeadCoverage.OTHER);
        assertThat(c.labelOutcome()).containsExactly(0, 1, 1, 1, 1);
        assertThat(c.covers(2)).isTrue();
        assertThat(c.covers(3)).isFalse();
        assertThat(c.project(new double[]{.4, .3, .1, .1, .1}, false)).containsExactly(new double[]{.4, .6},
                within(1e-12));
    }

    @Test
    void of_nestedTaskClasses_assignsEachLabelToItsNearestClass() {
        TaskClasses nested = new TaskClasses(List.of("animal", "dog", "puppy"), List.of(ANIMAL, DOG, PUPPY));
        HeadCoverage c = HeadCoverage.of(GRAPH, List.of(DOG, CAT, PUPPY, CAR), nested);
        // dog → dog (distance 0), cat → animal (distance 1), puppy → puppy, car → other
        assertThat(c.labelOutcome()).containsExactly(1, 0, 2, 3);
        assertThat(c.outcomeClass()).containsExactly(0, 1, 2, HeadCoverage.OTHER);
    }

    @Test
    void of_labelAboveTheOnlyClassBelowIt_answersForItWithinTheHopLimitWhenAllowed() {
        // task puppy, car, bike: "dog" is 1 edge above puppy, "animal" 2; "vehicle" is above car AND bike
        TaskClasses specific = new TaskClasses(List.of("puppy", "car", "bike"), List.of(PUPPY, CAR, BIKE));
        List<String> head = List.of(DOG, ANIMAL, VEHICLE, ENTITY);
        java.util.Set<Integer> all = java.util.Set.of(0, 1, 2);
        assertThat(HeadCoverage.of(GRAPH, head, specific).outcomeClass()).containsExactly(HeadCoverage.OTHER);
        assertThat(HeadCoverage.of(GRAPH, head, specific, 0, all).outcomeClass())
                .containsExactly(HeadCoverage.OTHER);
        HeadCoverage one = HeadCoverage.of(GRAPH, head, specific, 1, all);
        assertThat(one.outcomeClass()).containsExactly(0, HeadCoverage.OTHER);
        assertThat(one.labelOutcome()).containsExactly(0, 1, 1, 1);
        HeadCoverage two = HeadCoverage.of(GRAPH, head, specific, 2, all);
        // dog and animal both stand for puppy; vehicle (two classes below) and entity stay "other"
        assertThat(two.labelOutcome()).containsExactly(0, 0, 1, 1);
        assertThat(two.project(new double[]{.5, .2, .2, .1}, false)).containsExactly(new double[]{.7, .3},
                within(1e-12));
        // puppy not allowed to generalise: nothing answers for it
        assertThat(HeadCoverage.of(GRAPH, head, specific, 2, java.util.Set.of(1, 2)).outcomeClass())
                .containsExactly(HeadCoverage.OTHER);
    }

    @Test
    void taskClasses_twoClassesOnOneNode_areRejectedByName() {
        assertThatThrownBy(() -> new TaskClasses(List.of("dog", "hound"), List.of(DOG, DOG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dog' and 'hound'");
    }

    @Test
    void report_wholeHub_listsCoveringExpertsWithTheirAccuracyAlone() {
        CoverageReport report = CoverageReport.of(FourExperts.evaluator(HAND), 0, 1, 2, 3);
        assertThat(CoverageReport.ofAll(FourExperts.evaluator(HAND)).classes().get(3).heads()).hasSize(3);
        // single-head per-class accuracies computed in CombinationEvaluatorTest:
        // e0 [1, 1, 0, 0], e1 [.5, .25, 1, 1], e2 [1/3, 1/3, 1, 1/6], e3 [.25, 1, 1, .25]
        assertThat(report.classes().get(0).heads()).containsExactly(
                new CoverageReport.HeadAccuracy("e0", 1.0), new CoverageReport.HeadAccuracy("e3", 0.25));
        assertThat(report.classes().get(1).heads()).containsExactly(
                new CoverageReport.HeadAccuracy("e0", 1.0), new CoverageReport.HeadAccuracy("e3", 1.0));
        assertThat(report.classes().get(2).heads()).extracting(CoverageReport.HeadAccuracy::headId)
                .containsExactly("e1", "e2", "e3");
        assertThat(report.classes().get(3).heads()).containsExactly(new CoverageReport.HeadAccuracy("e1", 1.0));
        assertThat(report.uncovered()).isEmpty();
    }

    @Test
    void report_hubWithoutBikeExpert_namesBikeUncovered() {
        CoverageReport report = CoverageReport.of(FourExperts.evaluator(HAND), E0, E2);
        assertThat(report.uncovered()).containsExactly("bike");
        assertThat(report.classes().get(2).heads()).containsExactly(new CoverageReport.HeadAccuracy("e2", 1.0));
        assertThat(CoverageReport.of(FourExperts.evaluator(HAND)).uncovered()).containsExactly("dog", "cat", "car",
                "bike");
    }
}
