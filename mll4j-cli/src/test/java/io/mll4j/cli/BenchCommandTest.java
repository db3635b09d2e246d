package io.mll4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mll bench} and {@code mll bench build}: bad input is named and exits with 2. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void bench_unknownMethod_exits2NamingIt() {
        MllRun r = MllRun.of("bench", "--methods", "mll-paper,nope", "--out", tmp.resolve("runs").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope").contains("mll-paper");
    }

    @Test
    void bench_unknownTask_exits2NamingIt() {
        MllRun r = MllRun.of("bench", "--tasks", "no-such-task", "--out", tmp.resolve("runs").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no-such-task");
    }

    @Test
    void bench_badSuiteFile_exits2NamingTheFile() throws IOException {
        Path suite = Files.writeString(tmp.resolve("suite.json"), "{\"version\": 1, \"perClass\": 0, \"tasks\": []}");
        MllRun r = MllRun.of("bench", "--suite", suite.toString(), "--out", tmp.resolve("runs").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("suite.json").contains("perClass");
    }

    @Test
    void build_emptyResults_exits2() throws IOException {
        Files.createDirectories(tmp.resolve("runs"));
        MllRun r = MllRun.of("bench", "build", "--in", tmp.resolve("runs").toString(), "--out",
                tmp.resolve("docs").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("No run files");
    }
}
