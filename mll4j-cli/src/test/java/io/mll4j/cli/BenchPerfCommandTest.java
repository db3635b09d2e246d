package io.mll4j.cli;

import io.mll4j.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench verbs on a tiny synthetic hub (the paper-scale run is `mll bench all`, never a unit test). */
class BenchPerfCommandTest {
    @TempDir
    Path dir;

    @Test
    void synthThenSelection_tinyHub_writesIndexesAndResults() throws IOException {
        Path hub = dir.resolve("hub");
        MllRun synth = MllRun.of("bench", "synth", "--out", hub.toString(), "--models", "3", "--nodes", "300",
                "--images", "4", "--top-n", "4");
        assertThat(synth.code()).as(synth.err()).isZero();
        assertThat(synth.out()).contains("3 models x 300 nodes x 4 images, top-4 index");
        Path results = dir.resolve("selection.json");
        MllRun selection = MllRun.of("bench", "selection", "--hub", hub.toString(), "--classes", "5,20", "--runs",
                "2", "--warmup", "0", "--out", results.toString());
        assertThat(selection.code()).as(selection.err()).isZero();
        assertThat(selection.out()).contains("PAPER").contains("CODE");
        assertThat(Json.mapper().readTree(results.toFile()).get("cases")).hasSize(4);
    }

    @Test
    void selection_missingHub_isBadInputNamingTheSynthCommand() {
        MllRun run = MllRun.of("bench", "selection", "--hub", dir.resolve("none").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("mll bench synth");
    }

    @Test
    void report_noResults_isBadInput() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        MllRun run = MllRun.of("bench", "report", "--docs", dir.resolve("docs").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("results.json");
    }
}
