package io.mll4j.bench;

import io.mll4j.bench.SelectionBench.Case;
import io.mll4j.bench.SelectionBench.Variant;
import io.mll4j.bench.synth.SyntheticHubSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering only, from made-up results (the figures of the real page come from `mll bench all`). */
class PerformanceDocTest {
    @TempDir
    Path docs;

    private static Case selection(Variant v, int models, int nodes, int classes, double medianMs) {
        Timings t = new Timings(3, medianMs, medianMs * 1.2, medianMs * 0.9);
        return new Case(v, models, nodes, classes, 4.7 * classes, t, t, 0.001, 1000);
    }

    private static BenchSuite.Results results(double selection100, double labelingRatio) {
        SyntheticHubSpec spec = SyntheticHubSpec.paper();
        List<Case> main = List.of(selection(Variant.PAPER, 49, 9055, 10, 5), selection(Variant.PAPER, 49, 9055, 100,
                        selection100), selection(Variant.PAPER, 49, 9055, 1000, 150),
                selection(Variant.CODE, 49, 9055, 10, 5000), selection(Variant.CODE, 49, 9055, 100, 4000),
                selection(Variant.CODE, 49, 9055, 1000, 900));
        return new BenchSuite.Results("now", "test machine", 1, 2, spec, 1_100_000_000L, 25, new MemoryUse(7, 1200),
                main, main.subList(0, 3), List.of(selection(Variant.PAPER, 1, 9055, 100, 1),
                selection(Variant.PAPER, 49, 9055, 100, selection100)),
                List.of(selection(Variant.PAPER, 49, 1000, 100, 20), selection(Variant.PAPER, 49, 9055, 100, 30)),
                List.of(new BenchSuite.TopNCase(16, 24_000_000, main.get(1), main.get(4))),
                new EmbeddingBaseline.Result(9055, 75, 512, new Timings(2, 6000, 6100, 5900), 400, 28),
                new LabelingBench.Result(256, 32, 2, 90 * labelingRatio, 90, 200, labelingRatio),
                List.of(new ReuseBench.Case(1, 10, 256, 85, 90, 0.94), new ReuseBench.Case(3, 10, 256, 20, 30, 0.67)));
    }

    @Test
    void write_targetsMetAndMissed_marksEachAndExplainsMisses() throws IOException {
        Path page = PerformanceDoc.write(docs, results(34, 0.95));
        String md = Files.readString(page);
        assertThat(md).contains("| 100-class selection over 49 models × 9,055 nodes × 75 images ≤ 100 ms after load "
                + "| median 34.0 ms").contains("| labeling ≥ 90 % of the model alone | 95 % | yes |")
                .contains("| reuse, k = 3, ≥ 90 % of the sum-of-models bound | 67 % | **no** |")
                .contains("Reuse k = 3 below 90 %").doesNotContain("Selection missed");
        assertThat(Files.readString(docs.resolve(PerformanceDoc.FIGURE))).startsWith("<svg").contains("by classes")
                .contains("by models").contains("by nodes");
        Files.delete(page);
        PerformanceDoc.regenerate(docs);
        assertThat(Files.readString(page)).isEqualTo(md);
        assertThat(PerformanceDoc.markdown(results(140, 0.5))).contains("Selection missed 100 ms")
                .contains("| labeling ≥ 90 % of the model alone | 50 % | **no** |");
    }
}
