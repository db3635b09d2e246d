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
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelOpener;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The benchmark harness end to end on {@link ColourWorld}'s real ONNX towers: files, skip-existing, output cache. */
class BenchRunnerTest extends ColourHubTest {
    private final AtomicInteger imagesEncoded = new AtomicInteger();

    /** The real opener, counting the images its VLMs embed. */
    private ModelOpener counting() {
        return new ModelOpener() {
            @Override
            public VisionLanguageModel vlm(HubEntry entry) {
                VisionLanguageModel vlm = models.vlm(entry);
                return new VisionLanguageModel() {
                    public int dimension() {
                        return vlm.dimension();
                    }

                    public float[][] encodeImages(List<BufferedImage> images) {
                        imagesEncoded.addAndGet(images.size());
                        return vlm.encodeImages(images);
                    }

                    public float[][] encodeTexts(List<String> texts) {
                        return vlm.encodeTexts(texts);
                    }

                    public void close() {
                    }
                };
            }

            @Override
            public ImageClassifier classifier(HubEntry entry) {
                return models.classifier(entry);
            }

            @Override
            public void close() {
            }
        };
    }

    private static BenchTask task(String name, List<String> colours) {
        return new BenchTask(name, null, colours.stream().map(c -> new BenchClass(c, List.of("colours/" + c), null))
                .toList(), null);
    }

    private BenchSummary run(List<String> methods) {
        BenchEnvironment env = benchEnvironment(counting());
        TaskSuite suite = new TaskSuite(1, 3, List.of(task("colours", ColourWorld.COLOURS),
                task("warm", List.of("red", "yellow"))));
        return BenchRunner.builder().setEnvironment(env).setSuite(suite, "suite.json")
                .setTestSplits(new TestSplits(d -> coloursTestSplit())).setOutputDir(tmp.resolve("runs"))
                .setCacheDir(tmp.resolve("cache")).setSweeps(List.of(new Sweep(BenchMethods.standard().select(methods),
                        List.of(1), List.of(0.7)))).optGrowthOrders(4).build().run();
    }

    private RunRecord record(String file) {
        return new RunStore(tmp.resolve("runs")).runs().stream().filter(r -> r.key().fileName().equals(file))
                .findFirst().orElseThrow();
    }

    @Test
    void run_writesOneFilePerRun_thenSkipsThem_andReusesCachedOutputs() {
        BenchSummary first = run(List.of("mll-paper", "inb", "oracle-task", "all-models"));
        assertThat(first.written()).isEqualTo(8);
        assertThat(first.growth()).isEqualTo(2);
        assertThat(tmp.resolve("runs")).isDirectoryContaining("glob:**/colours.mll-paper.k1.a0.70.json")
                .isDirectoryContaining("glob:**/warm.inb.k1.json").isDirectoryContaining("glob:**/colours.all-models.json")
                .isDirectoryContaining("glob:**/warm.hub-growth.json");
        // no general scores: INB is vlm-a (first in hub order), which sees red as yellow -> 9 of 12
        assertThat(record("colours.inb.k1.json").metrics().top1()).isCloseTo(0.75, within(1e-12));
        // vlm-a and vlm-b both get 9 of 12 (vlm-c 6): the oracle keeps the earlier one
        assertThat(record("colours.oracle-task.k1.json").models()).containsExactly("vlm-a");
        assertThat(record("colours.mll-paper.k1.a0.70.json").selection()).containsOnlyKeys(ColourWorld.COLOURS);
        assertThat(record("warm.inb.k1.json").metrics().images()).isEqualTo(6);

        imagesEncoded.set(0);
        BenchSummary second = run(List.of("mll-paper", "inb", "oracle-task", "all-models", "random"));
        assertThat(second.skipped()).isEqualTo(8);
        assertThat(second.written()).isEqualTo(2);
        assertThat(second.growth()).isZero();
        assertThat(imagesEncoded.get()).as("outputs and labels come from the caches").isZero();
    }
}
