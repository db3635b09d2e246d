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
import io.mll4j.data.ImageDataset;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelOpener;
import io.mll4j.label.LabelStore;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.HubModels;
import io.mll4j.task.ClassResolver;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The benchmark harness end to end on {@link ColourWorld}'s real ONNX towers: files, skip-existing, output cache. */
class BenchRunnerTest {
    @TempDir
    Path tmp;
    private ColourWorld world;
    private ModelHub hub;
    private HubModels models;
    private final AtomicInteger imagesEncoded = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        world = new ColourWorld(tmp.resolve("home"));
        ColourWorld.buildHub(tmp.resolve("hub"), tmp.resolve("packages"));
        hub = ModelHub.builder().optDirectory(tmp.resolve("hub")).build();
        models = HubModels.builder().optTextCacheDir(tmp.resolve("hub/cache/text")).build();
    }

    @AfterEach
    void tearDown() {
        models.close();
        hub.close();
    }

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

    /** The TEST split of a "colours" data set: the three shades of each colour. */
    private static ImageDataset colours() {
        return new ImageDataset() {
            public String name() {
                return "colours/test";
            }

            public List<String> classIds() {
                return ColourWorld.COLOURS;
            }

            public List<String> classNames() {
                return ColourWorld.COLOURS;
            }

            public int size() {
                return 12;
            }

            public String id(int index) {
                return "c" + index;
            }

            public int label(int index) {
                return index / 3;
            }

            public BufferedImage image(int index) {
                int[] rgb = ColourWorld.SHADES[index / 3][index % 3];
                BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 8; x++) {
                    for (int y = 0; y < 8; y++) {
                        img.setRGB(x, y, (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]);
                    }
                }
                return img;
            }
        };
    }

    private static BenchTask task(String name, List<String> colours) {
        return new BenchTask(name, null, colours.stream().map(c -> new BenchClass(c, List.of("colours/" + c), null))
                .toList(), null);
    }

    private BenchSummary run(List<String> methods) {
        BenchEnvironment env = new BenchEnvironment(hub, counting(), world.graph, LabelStore.inHub(hub.directory()),
                ClassResolver.of(world.lexicon), models.textEncoder(ColourWorld.ENCODER), world.home.resolve("data"));
        TaskSuite suite = new TaskSuite(1, 3, List.of(task("colours", ColourWorld.COLOURS),
                task("warm", List.of("red", "yellow"))));
        return BenchRunner.builder().setEnvironment(env).setSuite(suite, "suite.json")
                .setTestSplits(new TestSplits(d -> colours())).setOutputDir(tmp.resolve("runs"))
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
