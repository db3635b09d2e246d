package io.mll4j.task;

import io.mll4j.exception.TaskException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {
    @Test
    void of_noClasses_failsSayingSo() {
        assertThatThrownBy(() -> Task.of(List.of())).isInstanceOf(TaskException.class)
                .hasMessageContaining("at least one class");
    }

    @Test
    void of_blankClass_failsNamingItsPosition() {
        assertThatThrownBy(() -> Task.of(List.of("cat", " "))).isInstanceOf(TaskException.class)
                .hasMessageContaining("Class 2 of 2 is empty");
    }

    @Test
    void of_sameClassAfterNormalisation_failsNamingBothSpellings() {
        assertThatThrownBy(() -> Task.of(List.of("tabby cat", "Tabby_Cat"))).isInstanceOf(TaskException.class)
                .hasMessageContaining("'Tabby_Cat' appears twice (also as 'tabby cat')");
    }

    @Test
    void of_names_areStrippedAndKeepTheirOrder() {
        assertThat(Task.of(List.of(" zebra ", "apple")).classes()).containsExactly("zebra", "apple");
    }

    @Test
    void withPins_keyInAnotherSpelling_isStoredUnderTheClassName() {
        Task t = Task.of(List.of("tabby cat")).withPins(Map.of("Tabby  Cat", "n02123045"));
        assertThat(t.pinOf("tabby cat")).contains("n02123045");
    }

    @Test
    void withPins_notASynsetId_fails() {
        assertThatThrownBy(() -> Task.of(List.of("cat")).withPins(Map.of("cat", "02123045")))
                .isInstanceOf(TaskException.class).hasMessageContaining("not a WordNet noun synset id");
    }

    @Test
    void withPinsOrCaptions_forAClassNotInTheTask_fail() {
        Task t = Task.of(List.of("cat"));
        assertThatThrownBy(() -> t.withPins(Map.of("dog", "n02084071"))).isInstanceOf(TaskException.class)
                .hasMessageContaining("pin for 'dog'");
        assertThatThrownBy(() -> t.withCaptions(Map.of("dog", List.of("a dog")))).isInstanceOf(TaskException.class)
                .hasMessageContaining("captions for 'dog'");
    }

    @Test
    void withCaptions_emptyList_fails() {
        assertThatThrownBy(() -> Task.of(List.of("cat")).withCaptions(Map.of("cat", List.of())))
                .isInstanceOf(TaskException.class).hasMessageContaining("non-empty list");
    }
}
