package io.mll4j.cli;

import io.mll4j.bench.BenchClass;
import io.mll4j.bench.BenchEnvironment;
import io.mll4j.bench.BenchMethods;
import io.mll4j.bench.BenchRunner;
import io.mll4j.bench.BenchSummary;
import io.mll4j.bench.BenchTask;
import io.mll4j.bench.RunRecord;
import io.mll4j.bench.RunStore;
import io.mll4j.bench.Sweep;
import io.mll4j.bench.TaskSuite;
import io.mll4j.bench.TestSplits;
import io.mll4j.bench.papera.PaperAMethods;
import io.mll4j.bench.papera.PaperAReport;
import io.mll4j.bench.report.ResultsBuilder;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paper A's benchmark plug-ins on {@link ColourWorld} with the warm and cool experts (their estimates are derived in
 * {@link ChcoCommandTest}). The TEST images are the node images themselves, so with full-evidence confusions (no
 * leave-one-out at prediction): warm + cool still call a blue image red (warm's red row .8 · cool's pooled 7/8 = .7
 * against blue .5 · .8 = .4) → 9 of 12; the patch vlm-a wins blue back → 12 of 12; one expert alone gets 6 of 12.
 */
class PaperABenchTest extends ColourHubTest {
    PaperABenchTest() {
        super("warm", "cool");
    }

    private BenchSummary run() {
        BenchEnvironment env = benchEnvironment(models);
        TaskSuite suite = new TaskSuite(1, 3, List.of(new BenchTask("colours", null, ColourWorld.COLOURS.stream()
                .map(c -> new BenchClass(c, List.of("colours/" + c), null)).toList(), null)));
        BenchMethods registry = BenchMethods.standard().with(PaperAMethods.all());
        return BenchRunner.builder().setEnvironment(env).setSuite(suite, "suite.json")
                .setTestSplits(new TestSplits(d -> coloursTestSplit())).setOutputDir(tmp.resolve("runs"))
                .setCacheDir(tmp.resolve("cache")).setSweeps(List.of(
                        new Sweep(registry.select(List.of("mll-paper", "chco", "chco-no-patch", "best-expert",
                                "all-experts", "random-experts", "oracle-experts", "mll-fusion")), List.of(1),
                                List.of(0.7)),
                        new Sweep(registry.select(List.of("chco-budget", "chco-growth")), List.of(1, 2),
                                List.of(0.7)))).build().run();
    }

    private RunRecord record(String file) {
        return new RunStore(tmp.resolve("runs")).runs().stream().filter(r -> r.key().fileName().equals(file))
                .findFirst().orElseThrow();
    }

    private double top1(String file) {
        return record(file).metrics().top1();
    }

    @Test
    void run_paperAMethods_scoreAsDerivedByHandAndFillTheirSection() throws IOException {
        BenchSummary summary = run();
        assertThat(summary.written()).isEqualTo(12);
        assertThat(top1("colours.chco.json")).isEqualTo(1.0);
        assertThat(record("colours.chco.json").models()).containsExactly("cool", "warm", "vlm-a");
        assertThat((Double) record("colours.chco.json").details().get("estimated")).isCloseTo(1.0, within(1e-9));
        assertThat(record("colours.chco.json").details().get("patchClasses")).isEqualTo(List.of("blue"));
        assertThat(top1("colours.chco-no-patch.json")).isCloseTo(0.75, within(1e-12));
        assertThat(record("colours.chco-no-patch.json").metrics().perClass().get("blue")).isZero();
        assertThat(top1("colours.best-expert.json")).isCloseTo(0.5, within(1e-12));
        assertThat(top1("colours.all-experts.json")).isEqualTo(1.0);
        assertThat(top1("colours.oracle-experts.json")).isEqualTo(1.0);
        assertThat(record("colours.oracle-experts.json").upperBound()).isTrue();
        assertThat(top1("colours.chco-growth.k2.json")).isEqualTo(1.0);
        assertThat(top1("colours.chco-budget.k2.json")).isEqualTo(1.0);
        // paper B chose vlm-b (red, yellow) and vlm-a (green, blue); fused by their confusions, all twelve right
        assertThat(top1("colours.mll-fusion.k1.a0.70.json")).isEqualTo(1.0);

        ResultsBuilder.builder().setInput(tmp.resolve("runs")).setOutput(tmp.resolve("docs"))
                .optSections(List.of(new PaperAReport())).build().build();
        String md = Files.readString(tmp.resolve("docs").resolve(ResultsBuilder.DOCUMENT));
        assertThat(md).contains("## Paper A: expert head combinations")
                .contains("| colours | 100.0 | 100.0 | 75.0 | +25.0 | 50.0 | 100.0 |")
                .contains("### Budget sweep").contains("### Expert hub growth");
        // the studies stay out of the main tables
        assertThat(md.substring(0, md.indexOf("## Paper A"))).doesNotContain("chco-growth");
    }
}
