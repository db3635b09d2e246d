package io.mll4j.interop;

import io.mll4j.exception.DataException;
import io.mll4j.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official caption JSONs and class-name files shipped in data/mll-official. */
class OfficialDatasetsTest {
    private static final Path CAPTION_GEN = Path.of(System.getProperty("mll4j.repo.root", "..")).resolve(
            "data/mll-official/caption_gen");

    @TempDir
    Path dir;

    @Test
    void task_everyOfficialDataset_classesInClassFileOrderWithTheirCaptions() {
        assertThat(OfficialDatasets.names(CAPTION_GEN)).hasSize(17).contains("CIFAR100", "MNIST", "resisc45");
        for (String name : OfficialDatasets.names(CAPTION_GEN)) {
            Task task = OfficialDatasets.task(CAPTION_GEN, name);
            assertThat(task.name()).isEqualTo(name);
            assertThat(task.captions().keySet()).containsExactlyInAnyOrderElementsOf(task.classes());
        }
        Task cifar = OfficialDatasets.task(CAPTION_GEN, "CIFAR100");
        assertThat(cifar.classes()).hasSize(100).startsWith("apple", "aquarium_fish");
        assertThat(cifar.captions().get("apple")).hasSize(10);
    }

    @Test
    void task_captionsNamingOtherClasses_isRejectedNamingBothFiles() throws IOException {
        Files.createDirectories(dir.resolve("classnames"));
        Files.createDirectories(dir.resolve("captions"));
        Files.writeString(dir.resolve("classnames/toy.txt"), "cat\ndog\n");
        Files.writeString(dir.resolve("captions/toy.json"), "{\"cat\": [\"a cat\"], \"wolf\": [\"a wolf\"]}");
        assertThatThrownBy(() -> OfficialDatasets.task(dir, "toy")).isInstanceOf(DataException.class)
                .hasMessageContaining("toy.json").hasMessageContaining("wolf").hasMessageContaining("dog");
    }
}
