package io.mll4j.expert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mll4j.expert.TinyHub.ANIMAL;
import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.ENTITY;
import static io.mll4j.expert.TinyHub.GRAPH;
import static io.mll4j.expert.TinyHub.PUPPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Images: 0 d1, 1 d2 (dog), 2 p1 (puppy), 3 c1 (cat); entity holds none of its own. */
class HierarchyDiscountTest {
    private static final int[][] NODE_IMAGES = TinyHub.nodeImages(DOG, new int[]{0, 1}, PUPPY, new int[]{2},
            CAT, new int[]{3}, ANIMAL, new int[]{0, 3});
    /** One expert over [dog, cat, puppy]. */
    private static final ExpertLabel LABEL = new ExpertLabel(new float[][]{
            {.8f, .1f, .1f}, {.2f, .1f, .7f}, {.2f, .1f, .7f}, {.1f, .8f, .1f}}, NODE_IMAGES);

    @Test
    void signature_gammaHalf_poolsChildImagesAtHalfWeight() {
        HierarchyDiscount discount = new HierarchyDiscount(GRAPH, NODE_IMAGES, 0.5, 2);
        NodeSignature s = LABEL.signature(GRAPH.indexOf(DOG), discount);
        // d1, d2 at weight 1, p1 at .5: mean = ([.8,.1,.1] + [.2,.1,.7] + .5·[.2,.1,.7]) / 2.5 = [.44, .1, .46]
        assertThat(s.meanSoftmax()).containsExactly(new double[]{.44, .1, .46}, within(1e-6));
        // top labels dog (1), puppy (1), puppy (.5) → [.4, 0, .6]
        assertThat(s.argmaxHistogram()).containsExactly(new double[]{.4, 0, .6}, within(1e-12));
        assertThat(s.imageCount()).isEqualTo(3);
        assertThat(s.totalWeight()).isCloseTo(2.5, within(1e-12));
        assertThat(s.topLabel()).isEqualTo(2);
    }

    @Test
    void evidence_sharedImage_countsOnceAtItsNearestDistance() {
        HierarchyDiscount discount = new HierarchyDiscount(GRAPH, NODE_IMAGES, 0.5, 5);
        // animal holds d1 and c1 itself (0); dog adds d2 (1); puppy adds p1 (2); cat's c1 is already counted
        WeightedImages e = discount.evidence(GRAPH.indexOf(ANIMAL));
        assertThat(e.images()).containsExactly(0, 3, 1, 2);
        assertThat(e.distances()).containsExactly(0, 0, 1, 2);
        assertThat(e.weights()).containsExactly(1, 1, .5, .25);
        // entity has no images of its own: everything arrives discounted
        assertThat(discount.evidence(GRAPH.indexOf(ENTITY)).weights()).containsExactly(.5, .5, .25, .125);
    }

    @Test
    void evidence_gammaZeroOrDepthLimit_keepsOnlyNearImages() {
        assertThat(new HierarchyDiscount(GRAPH, NODE_IMAGES, 0, 5).evidence(GRAPH.indexOf(DOG)).images())
                .containsExactly(0, 1);
        assertThat(new HierarchyDiscount(GRAPH, NODE_IMAGES, 0.5, 1).evidence(GRAPH.indexOf(ANIMAL)).images())
                .containsExactly(0, 3, 1);
    }

    @Test
    void signature_emptyNode_isEmpty() {
        NodeSignature s = LABEL.signature(GRAPH.indexOf(TinyHub.CAR), new HierarchyDiscount(GRAPH, NODE_IMAGES, .5, 2));
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.topLabel()).isEqualTo(-1);
    }

    @Test
    void taskEvidence_nestedClasses_giveEachImageToTheNearestThenMostSpecificClass() {
        // dog's node also holds p1 (as the graph's pooling does): p1 is at distance 0 for both dog and puppy
        int[][] pooled = TinyHub.nodeImages(DOG, new int[]{0, 1, 2}, PUPPY, new int[]{2}, CAT, new int[]{3});
        TaskClasses task = new TaskClasses(List.of("dog", "puppy"), List.of(DOG, PUPPY));
        TaskEvidence e = TaskEvidence.of(GRAPH, new HierarchyDiscount(GRAPH, pooled, 0.5, 2), task);
        assertThat(e.images()).containsExactly(0, 1, 2);
        assertThat(e.classes()).containsExactly(0, 0, 1);
        assertThat(e.classWeight()).containsExactly(2, 1);
    }

    @Test
    void taskEvidence_descendantClassOfAnotherClass_keepsItsImagesAtFullWeight() {
        // animal reaches p1 at distance 2 (weight .25), puppy holds it at 0: it is puppy's
        TaskClasses task = new TaskClasses(List.of("animal", "puppy"), List.of(ANIMAL, PUPPY));
        TaskEvidence e = TaskEvidence.of(GRAPH, new HierarchyDiscount(GRAPH, NODE_IMAGES, 0.5, 2), task);
        assertThat(e.classes()).containsExactly(0, 0, 0, 1);
        assertThat(e.weights()).containsExactly(1, 1, .5, 1);
    }

    @Test
    void constructor_wrongNodeCount_isRejected() {
        assertThatThrownBy(() -> new HierarchyDiscount(GRAPH, new int[3][], .5, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 node image lists");
    }
}
