package io.mll4j.combine;

import io.mll4j.exception.TaskException;
import io.mll4j.expert.TaskClasses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassNodesTest {
    private static ClassNodes.Candidate node(String id, double similarity, int images) {
        return new ClassNodes.Candidate(id, similarity, images, false);
    }

    @Test
    void choose_bestNodeHasFewImages_takesTheBestNodeWithEnough() {
        // "footwear": the 3-image sense at 100, the 75-image sense at 92
        List<List<ClassNodes.Candidate>> candidates = List.of(List.of(node("n1", 100, 3), node("n2", 92, 75)));
        assertThat(ClassNodes.choose(List.of("footwear"), candidates, 10).nodeIds()).containsExactly("n2");
        assertThat(ClassNodes.choose(List.of("footwear"), candidates, 0).nodeIds()).containsExactly("n1");
    }

    @Test
    void choose_twoClassesWantOneNode_theMoreSimilarGetsItTheOtherItsNext() {
        // a wants n1 at 90, b at 95: b takes it; a falls to its small n3 in the second pass
        TaskClasses t = ClassNodes.choose(List.of("a", "b"), List.of(
                List.of(node("n1", 90, 75), node("n3", 50, 2)),
                List.of(node("n1", 95, 75), node("n2", 80, 20))), 10);
        assertThat(t.nodeIds()).containsExactly("n3", "n1");
    }

    @Test
    void choose_classWithEveryNodeTaken_failsNamingIt() {
        assertThatThrownBy(() -> ClassNodes.choose(List.of("a", "b"), List.of(
                List.of(node("n1", 90, 75)), List.of(node("n1", 95, 75))), 10))
                .isInstanceOf(TaskException.class).hasMessageContaining("Class 'a' has no graph node of its own");
    }

    @Test
    void choose_onlyLargeNodeIsAHypernym_keepsTheBestNode() {
        // "red" (3 images) must not become "chromatic color" (12 images, its hypernym)
        List<List<ClassNodes.Candidate>> candidates = List.of(List.of(node("red", 100, 3),
                new ClassNodes.Candidate("chromatic", 70, 12, true)));
        assertThat(ClassNodes.choose(List.of("red"), candidates, 10).nodeIds()).containsExactly("red");
    }
}
