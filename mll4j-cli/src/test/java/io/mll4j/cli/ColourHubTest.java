package io.mll4j.cli;

import io.mll4j.bench.BenchEnvironment;
import io.mll4j.data.ImageDataset;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelOpener;
import io.mll4j.label.LabelStore;
import io.mll4j.onnx.HubModels;
import io.mll4j.task.ClassResolver;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Tests on {@link ColourWorld}'s hub through the library: before each test, the world under {@code tmp/home}, its
 * VLMs (and the subclass's experts) admitted to {@code tmp/hub}, opened with the real ONNX opener.
 */
abstract class ColourHubTest {
    @TempDir
    Path tmp;
    ColourWorld world;
    ModelHub hub;
    HubModels models;
    private final String[] experts;

    /** @param experts ids of {@link ColourWorld#EXPERT_HEADS} to admit beside the VLMs */
    ColourHubTest(String... experts) {
        this.experts = experts;
    }

    @BeforeEach
    void buildColourHub() throws IOException {
        world = ColourWorld.withHub(tmp, experts);
        hub = ModelHub.builder().optDirectory(tmp.resolve("hub")).build();
        models = HubModels.builder().optTextCacheDir(tmp.resolve("hub/cache/text")).build();
    }

    @AfterEach
    void closeColourHub() {
        models.close();
        hub.close();
    }

    /** The benchmark's view of this hub, its models opened by {@code opener}. */
    BenchEnvironment benchEnvironment(ModelOpener opener) {
        return new BenchEnvironment(hub, opener, world.graph, LabelStore.inHub(hub.directory()),
                ClassResolver.of(world.lexicon), models.textEncoder(ColourWorld.ENCODER), world.home.resolve("data"));
    }

    /** The TEST split of a "colours" data set: the three shades of each colour, as 8×8 solid images. */
    static ImageDataset coloursTestSplit() {
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
}
