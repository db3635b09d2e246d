package io.mll4j.training.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextKindTest {
    private static final ClassVocabulary BOOT = new ClassVocabulary(List.of("boot"),
            "footwear that covers the whole foot and lower leg", "footwear");

    @Test
    void texts_eachKind_followsItsTemplateAndAddsTheDisplayName() {
        assertThat(TextKind.NAME.texts(BOOT, "Ankle boot")).containsExactly("boot", "Ankle boot");
        assertThat(TextKind.PHOTO.texts(BOOT, "Ankle boot")).containsExactly("a photo of a boot.", "a photo of a Ankle boot.");
        assertThat(TextKind.GLOSS.texts(BOOT, "Ankle boot")).containsExactly(
                "footwear that covers the whole foot and lower leg", "boot, which is footwear that covers the whole foot and lower leg");
        assertThat(TextKind.HYPERNYM.texts(BOOT, "boot")).containsExactly("a boot, a kind of footwear.");
    }

    @Test
    void parse_unknownKind_namesTheKnownOnes() {
        assertThat(TextKind.parse("gloss")).isEqualTo(TextKind.GLOSS);
        assertThatThrownBy(() -> TextKind.parse("caption")).hasMessageContaining("caption").hasMessageContaining("photo");
    }

    @Test
    void vocabulary_withoutNames_isRejected() {
        assertThatThrownBy(() -> new ClassVocabulary(List.of(), "g", "h")).isInstanceOf(IllegalArgumentException.class);
    }
}
