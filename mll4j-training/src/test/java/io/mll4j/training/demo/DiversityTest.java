package io.mll4j.training.demo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiversityTest {
    private static ModelEvaluation model(String id, Map<String, Map<String, Double>> accuracy) {
        return new ModelEvaluation(id, "expert", null, "GRAY 8px", 1L, 1, 0.1, 0.5, null, List.of(), List.of(),
                accuracy, Map.of());
    }

    private static final Map<String, List<String>> CLASSES = Map.of("a/test", List.of("x", "y"), "b/test", List.of("x", "y"));

    @Test
    void of_specialistsAndGeneralist_findsWinnersPerCellAndTask() {
        ModelEvaluation specialist = model("s", Map.of("a/test", Map.of("x", 0.9)));
        ModelEvaluation generalist = model("g", Map.of("a/test", Map.of("x", 0.5, "y", 0.8), "b/test", Map.of("x", 0.7, "y", 0.7)));
        ModelEvaluation other = model("o", Map.of("b/test", Map.of("x", 0.7, "y", 0.9)));

        Diversity d = Diversity.of(List.of(specialist, generalist, other), List.of("a/test", "b/test"), CLASSES);

        assertThat(d.cellWinners().get("a/test")).containsEntry("x", List.of("s")).containsEntry("y", List.of("g"));
        assertThat(d.cellWinners().get("b/test").get("x")).containsExactly("g", "o");
        assertThat(d.wins()).containsEntry("s", 1).containsEntry("g", 2).containsEntry("o", 2);
        assertThat(d.taskWinners()).containsEntry("a/test", "g").containsEntry("b/test", "o");
        assertThat(d.oneModelBestEverywhere()).isFalse();
        assertThat(d.sameTaskWinnerEverywhere()).isFalse();
    }

    @Test
    void of_oneDominantModel_isReported() {
        ModelEvaluation best = model("best", Map.of("a/test", Map.of("x", 1.0, "y", 1.0), "b/test", Map.of("x", 1.0, "y", 1.0)));
        ModelEvaluation weak = model("weak", Map.of("a/test", Map.of("x", 0.2)));

        Diversity d = Diversity.of(List.of(best, weak), List.of("a/test", "b/test"), CLASSES);

        assertThat(d.oneModelBestEverywhere()).isTrue();
        assertThat(d.sameTaskWinnerEverywhere()).isTrue();
        assertThat(d.wins()).containsOnlyKeys("best");
    }
}
