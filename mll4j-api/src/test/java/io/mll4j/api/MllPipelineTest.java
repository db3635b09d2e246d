package io.mll4j.api;

import io.mll4j.combine.FusionReport;
import io.mll4j.exception.HubException;
import io.mll4j.exception.TaskException;
import io.mll4j.label.HubLabeler;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The facade on the colour world (three colour VLMs, two experts warm [red, yellow] and cool [green, blue], real
 * WordNet 3.0, real ONNX Runtime and MiniLM): label, select and predict (paper B), combine and predict (paper A).
 * The expected choices are those worked out by hand in the CLI's SelectCommandTest and ChcoCommandTest; here they
 * show the facade wires the same parts.
 */
class MllPipelineTest {
    @TempDir
    Path tmp;
    private ColourWorld world;

    @BeforeEach
    void setUp() throws IOException {
        world = ColourWorld.withHub(tmp, "warm", "cool");
    }

    /** The colour graph and its images passed in, instead of the default home's. */
    private MllPipeline pipeline() {
        return MllPipeline.builder().optHubDirectory(tmp.resolve("hub")).optGraph(world.graph)
                .optImageRoot(world.home.resolve("data")).build();
    }

    @Test
    void selectThenPredict_paperB_choosesPerClassAndClassifiesEveryReadableImage() throws IOException {
        Path broken = Files.write(tmp.resolve("broken.png"), new byte[]{1, 2, 3});
        try (MllPipeline mll = pipeline()) {
            assertThat(mll.labelAll()).extracting(HubLabeler.Outcome::model)
                    .containsExactlyInAnyOrder("vlm-a", "vlm-b", "vlm-c", "warm", "cool");
            SelectedTask task = mll.select("red", "yellow", "green", "blue");
            // vlm-a calls red yellow, vlm-b blue green: each is chosen where it is right
            assertThat(task.selected().get("red")).containsExactly("vlm-b");
            assertThat(task.selected().get("blue")).containsExactly("vlm-a");
            assertThat(task.explain()).contains(ColourWorld.IDS.get("red")).contains("vlm-b");

            PredictionReport predictions = task.predict(List.of(world.image("red", 1), broken,
                    world.image("green", 0)));
            assertThat(predictions.images()).extracting(ImagePrediction::label).containsExactly("red", null, "green");
            assertThat(predictions.failures()).singleElement()
                    .satisfies(p -> assertThat(p.error()).contains("broken.png"));
        }
    }

    @Test
    void combineThenPredict_paperA_fusesBothExpertsWithThePatchAndGetsEveryColourRight() {
        try (MllPipeline mll = pipeline()) {
            mll.labelAll();
            CombinedTask task = mll.combine("red", "yellow", "green", "blue");
            assertThat(task.heads()).containsExactly("cool", "warm", "vlm-a");
            assertThat(task.estimatedAccuracy()).isCloseTo(1.0, within(1e-9));
            assertThat(task.explain()).contains("Classes sent to the patch: blue");

            FusionReport predictions = task.predict(world.images());
            assertThat(predictions.images()).hasSize(12).allSatisfy(p -> {
                assertThat(Path.of(p.image()).getFileName().toString()).startsWith(p.label() + "-");
                assertThat(p.contributions()).hasSize(3);
            });
        }
    }

    @Test
    void select_beforeLabeling_failsNamingTheUnlabeledModel() {
        try (MllPipeline mll = pipeline()) {
            assertThatThrownBy(() -> mll.select("red", "blue")).isInstanceOf(HubException.class)
                    .hasMessageContaining("vlm-a");
        }
    }

    @Test
    void badInput_isRefusedNamingTheProblem() {
        assertThatThrownBy(() -> MllPipeline.builder().optTextEncoder("word2vec"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("word2vec")
                .hasMessageContaining("all-minilm-l6-v2-q");
        try (MllPipeline mll = pipeline()) {
            mll.labelAll();
            assertThatThrownBy(() -> mll.select("red", "red")).isInstanceOf(TaskException.class)
                    .hasMessageContaining("red");
            assertThatThrownBy(() -> mll.select()).isInstanceOf(TaskException.class);
        }
    }
}
