package io.mll4j.task;

import io.mll4j.exception.TaskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskFilesTest {
    @TempDir
    Path dir;

    @Test
    void fromCommaList_trailingComma_failsNamingTheEmptyClass() {
        assertThat(TaskFiles.fromCommaList("tabby cat, sneaker,seven").classes())
                .containsExactly("tabby cat", "sneaker", "seven");
        assertThatThrownBy(() -> TaskFiles.fromCommaList("cat,")).isInstanceOf(TaskException.class)
                .hasMessageContaining("Class 2 of 2 is empty");
    }

    @Test
    void fromClassFile_skipsBlankLinesAndComments() throws IOException {
        Path file = Files.writeString(dir.resolve("mnist.txt"), "# digits\n0 - zero\n\n1 - one\n");
        Task t = TaskFiles.fromClassFile(file);
        assertThat(t.classes()).containsExactly("0 - zero", "1 - one");
        assertThat(t.name()).isEqualTo("mnist");
    }

    @Test
    void fromClassFile_missing_failsNamingTheFile() {
        assertThatThrownBy(() -> TaskFiles.fromClassFile(dir.resolve("nope.txt"))).isInstanceOf(TaskException.class)
                .hasMessageContaining("nope.txt");
    }

    @Test
    void fromCaptionJson_keepsFileOrderAndCaptions() throws IOException {
        Path file = Files.writeString(dir.resolve("FER.json"),
                "{\"zebra\": [\"a striped horse\", \"black and white\"], \"apple\": \"a red fruit\"}");
        Task t = TaskFiles.fromCaptionJson(file);
        assertThat(t.classes()).containsExactly("zebra", "apple");
        assertThat(t.captionsOf("zebra")).containsExactly("a striped horse", "black and white");
        assertThat(t.captionsOf("apple")).containsExactly("a red fruit");
    }

    @Test
    void fromCaptionJson_captionNotText_failsNamingTheClass() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"zebra\": [1]}");
        assertThatThrownBy(() -> TaskFiles.fromCaptionJson(file)).isInstanceOf(TaskException.class)
                .hasMessageContaining("'zebra'");
    }

    @Test
    void fromJson_notJson_failsNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("task.json"), "{classes: ");
        assertThatThrownBy(() -> TaskFiles.fromJson(file)).isInstanceOf(TaskException.class)
                .hasMessageContaining("task.json");
    }

    @Test
    void write_thenFromJson_roundTrips() {
        Task t = Task.of(List.of("tabby cat", "seven")).withName("mixed").withPins(Map.of("seven", "n13743269"))
                .withCaptions(Map.of("tabby cat", List.of("a striped cat"))).withDomain("photo", "classification");
        Path file = dir.resolve("t.json");
        TaskFiles.write(t, file);
        assertThat(TaskFiles.fromJson(file)).isEqualTo(t);
    }
}
