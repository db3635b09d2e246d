package io.mll4j.task;

import io.mll4j.exception.TaskException;
import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.Synset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskValidatorTest {
    private static final ClassResolver LEXICON = ClassResolver.of(InMemoryLexicon.builder()
            .add("n00000001", "animal", "a living organism")
            .add("n00000002", "cat", "a feline mammal", "n00000001")
            .add("n00000003", "cat", "a whip with nine knotted cords")
            .build());

    @Test
    void resolve_knownNames_giveCandidatesInSenseOrder() {
        Map<String, List<Synset>> r = TaskValidator.resolve(Task.of(List.of("cat", "animal")), LEXICON);
        assertThat(r.get("cat")).extracting(Synset::id).containsExactly("n00000002", "n00000003");
        assertThat(r.keySet()).containsExactly("cat", "animal");
    }

    @Test
    void resolve_unknownNames_failNamingEveryOne() {
        assertThatThrownBy(() -> TaskValidator.resolve(Task.of(List.of("cat", "qwzx", "blorp")), LEXICON))
                .isInstanceOf(TaskException.class)
                .hasMessageContaining("unknown class name 'qwzx'").hasMessageContaining("unknown class name 'blorp'")
                .hasMessageContaining("give captions").hasMessageNotContaining("'cat'");
    }

    @Test
    void resolve_unknownNameWithCaptionsOrPin_isAccepted() {
        Task t = Task.of(List.of("qwzx", "blorp")).withCaptions(Map.of("qwzx", List.of("a kind of cat")))
                .withPins(Map.of("blorp", "n00000001"));
        Map<String, List<Synset>> r = TaskValidator.resolve(t, LEXICON);
        assertThat(r.get("qwzx")).isEmpty();
        assertThat(r.get("blorp")).extracting(Synset::id).containsExactly("n00000001");
    }

    @Test
    void resolve_pin_goesFirstAmongCandidates() {
        Task t = Task.of(List.of("cat")).withPins(Map.of("cat", "n00000003"));
        assertThat(TaskValidator.resolve(t, LEXICON).get("cat")).extracting(Synset::id)
                .containsExactly("n00000003", "n00000002");
    }

    @Test
    void resolve_pinToUnknownSynset_failsNamingClassAndId() {
        Task t = Task.of(List.of("cat")).withPins(Map.of("cat", "n09999999"));
        assertThatThrownBy(() -> TaskValidator.resolve(t, LEXICON)).isInstanceOf(TaskException.class)
                .hasMessageContaining("class 'cat' is pinned to n09999999");
    }
}
