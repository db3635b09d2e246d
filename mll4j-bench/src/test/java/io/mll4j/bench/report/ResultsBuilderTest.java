package io.mll4j.bench.report;

import io.mll4j.bench.GrowthRecord;
import io.mll4j.bench.Metrics;
import io.mll4j.bench.RunKey;
import io.mll4j.bench.RunRecord;
import io.mll4j.bench.RunStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsBuilderTest {
    @TempDir
    Path tmp;
    private Path in;
    private Path docs;

    private static RunRecord run(String task, String method, Integer k, Double alpha, double top1, boolean ub,
                                 int models, double cost) {
        return new RunRecord(RunRecord.KIND, new RunKey(task, method, k, alpha), "fp", ub,
                new Metrics(100, top1, null, Map.of(), null), Map.of(), java.util.Collections.nCopies(models, "m"), cost,
                cost, Map.of(), new RunRecord.Provenance("2026-01-01T00:00:00Z", "dev", 0.1, "g".repeat(64),
                List.of(new RunRecord.HubModel("m", "f", 0.5, 1.0)), "bench/tasks.json", null, 50, 1));
    }

    @BeforeEach
    void writeRuns() {
        in = tmp.resolve("runs");
        docs = tmp.resolve("docs");
        RunStore store = new RunStore(in);
        store.write(run("t1", "mll-paper", 1, 0.7, 0.8, false, 2, 2.0));
        store.write(run("t2", "mll-paper", 1, 0.7, 0.6, false, 1, 1.0));
        store.write(run("t1", "inb", 1, null, 0.5, false, 1, 1.0));
        store.write(run("t2", "inb", 1, null, 0.7, false, 1, 1.0));
        store.write(run("t1", "all-models", null, null, 0.4, false, 3, 3.0));
        store.write(run("t2", "all-models", null, null, 0.4, false, 3, 3.0));
        store.write(run("t1", "oracle-task", 1, null, 0.9, true, 1, 1.0));
        store.write(run("t2", "oracle-task", 1, null, 0.9, true, 1, 1.0));
        store.write(new GrowthRecord(GrowthRecord.KIND, "t1", "g", 1, List.of(List.of("a", "b"), List.of("b", "a")),
                new double[][]{{0.2, 0.6}, {0.4, 0.6}}, new double[][]{{0.2, 0.5}, {0.4, 0.5}}));
    }

    private List<Path> build() {
        return ResultsBuilder.builder().setInput(in).setOutput(docs)
                .optMethods(List.of("mll-paper", "inb", "all-models", "oracle-task"), Map.of("inb", "best score"))
                .optMainKs(List.of(1)).build().build();
    }

    @Test
    void build_tableHasACellPerTaskAndMethod_andTheAverageRow() throws IOException {
        build();
        String md = Files.readString(docs.resolve("results.md"));
        assertThat(md).contains("| task | mll-paper | inb | all-models | oracle-task ᵘᵇ |")
                .contains("| t1 | **80.0** | 50.0 | 40.0 | 90.0 |")
                .contains("| t2 | 60.0 | **70.0** | 40.0 | 90.0 |")
                .contains("| **average** | **70.0** | 60.0 | 40.0 | 90.0 |")
                // (70 - 60) / (90 - 60) of the gap
                .contains("average 70.0 vs INB 60.0 (+10.0 points); closes 33% of the INB → single-best-oracle gap")
                .contains("beats INB on 1 task(s), loses on 1.")
                .contains("- `inb`: best score")
                .contains("Hub of 1 VLMs").contains("`m` 50.0").contains("up to 50 TEST images per class (200 images");
    }

    @Test
    void build_growthTable_averagesTasksThenOrders() throws IOException {
        build();
        String md = Files.readString(docs.resolve("results.md"));
        // size 1: orders give 0.2 and 0.4 -> mean 30.0, sd 14.1; size 2: 0.6 both -> 60.0 ± 0.0
        assertThat(md).contains("| 1 | 30.0 ± 14.1 | 30.0 ± 14.1 |").contains("| 2 | 60.0 ± 0.0 | 50.0 ± 0.0 |");
    }

    @Test
    void build_writesCsvAndSmallPlots() throws IOException {
        List<Path> files = build();
        List<String> csv = Files.readAllLines(docs.resolve("results.csv"));
        assertThat(csv.getFirst()).isEqualTo(ResultsCsv.HEADER);
        assertThat(csv).hasSize(9).contains("t1,all-models,,,false,0.400000,,100,3,3.000000,3.000000");
        assertThat(files).contains(docs.resolve("results/accuracy-k1.svg"), docs.resolve("results/hub-growth.svg"));
        for (Path f : files) {
            assertThat(Files.size(f)).isLessThan(60_000);
        }
        assertThat(Files.readString(docs.resolve("results/accuracy-k1.svg"))).startsWith("<svg").contains("t2");
    }

    @Test
    void build_keepsTheHandWrittenAnalysis() throws IOException {
        build();
        Path doc = docs.resolve("results.md");
        String edited = Files.readString(doc).replace(ResultsDocument.DEFAULT_ANALYSIS, "MLL wins on t1 because …");
        Files.writeString(doc, edited + "\nstray text after the markers is regenerated away\n");
        build();
        String md = Files.readString(doc);
        assertThat(md).contains(ResultsDocument.BEGIN + "\nMLL wins on t1 because …\n" + ResultsDocument.END)
                .doesNotContain("stray text").doesNotContain(ResultsDocument.DEFAULT_ANALYSIS);
    }

    @Test
    void build_emptyFolder_isAClearError() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ResultsBuilder.builder().setInput(tmp.resolve("empty")).setOutput(docs).build()
                .build()).hasMessageContaining("No run files");
    }
}
