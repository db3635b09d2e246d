package io.mll4j.select;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionFilesTest {
    @TempDir
    Path dir;

    @Test
    void officialName_printsAlphaAsPython() {
        assertThat(SelectionFiles.officialName(0.7, 1)).isEqualTo("selected_0.7_1.json");
        assertThat(SelectionFiles.officialName(1.0, 3)).isEqualTo("selected_1.0_3.json");
    }

    @Test
    void readOfficial_keepsClassOrder() throws IOException {
        Path f = Files.writeString(dir.resolve("selected_0.7_3.json"),
                "{\"zebra\": [\"m2\", \"m1\"], \"apple\": [\"m1\"]}");
        assertThat(SelectionFiles.readOfficial(f)).containsExactly(
                java.util.Map.entry("zebra", List.of("m2", "m1")), java.util.Map.entry("apple", List.of("m1")));
    }

    @Test
    void readOfficial_notAnObjectOfLists_failsNamingTheFile() throws IOException {
        Path list = Files.writeString(dir.resolve("a.json"), "[1, 2]");
        Path scalar = Files.writeString(dir.resolve("b.json"), "{\"cat\": \"m1\"}");
        assertThatThrownBy(() -> SelectionFiles.readOfficial(list)).isInstanceOf(DataException.class)
                .hasMessageContaining("a.json");
        assertThatThrownBy(() -> SelectionFiles.readOfficial(scalar)).isInstanceOf(DataException.class)
                .hasMessageContaining("'cat'");
    }

    @Test
    void readReport_missing_saysHowToMakeOne() {
        assertThatThrownBy(() -> SelectionFiles.readReport(dir)).isInstanceOf(DataException.class)
                .hasMessageContaining("mll select --out");
    }
}
