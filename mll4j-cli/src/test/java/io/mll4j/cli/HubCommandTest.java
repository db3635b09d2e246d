package io.mll4j.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mll4j.hub.ModelManifest;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HubCommandTest {
    static final Path MODELS = Path.of(System.getProperty("mll4j.repo.root", "../"), "data", "models");

    @TempDir
    Path tmp;

    private static MllRun mll(String... args) {
        return MllRun.of(args);
    }

    private String hub() {
        return tmp.resolve("hub").toString();
    }

    private MllRun addMnist(String id) {
        return mll("hub", "add", MODELS.resolve("mnist.onnx").toString(), "--id", id,
                "--labels-file", MODELS.resolve("mnist.labels.json").toString(), "--preprocessing", "mnist",
                "--license", "MIT", "--hub", hub());
    }

    @Test
    void addListShowRemove_mnist_roundTrip() throws IOException {
        assertThat(addMnist("mnist").code()).isEqualTo(ExitCodes.OK);

        MllRun list = mll("hub", "--hub", hub(), "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("MS/IMAGE").containsPattern("mnist\\s+EXPERT\\s+10\\s+-\\s+\\S+");

        MllRun show = mll("hub", "show", "mnist", "--json", "--hub", hub());
        ModelManifest shown = Json.mapper().readValue(show.out(), ModelManifest.class);
        assertThat(shown.labels()).hasSize(10);
        assertThat(shown.costProfile().params()).isPositive();
        assertThat(shown.provenance().license()).isEqualTo("MIT");

        MllRun listJson = mll("hub", "list", "--json", "--hub", hub());
        assertThat(Json.mapper().readValue(listJson.out(), new TypeReference<List<ModelManifest>>() { }))
                .containsExactly(shown);

        assertThat(mll("hub", "remove", "mnist", "--hub", hub()).code()).isZero();
        assertThat(mll("hub", "list", "--hub", hub()).out()).contains("No models");
    }

    @Test
    void list_demoHubKinds_showsConseApartWithoutLabelCount() throws IOException {
        Path demo = Path.of(System.getProperty("mll4j.repo.root", "../"), "hub-demo");
        for (String id : List.of("conse-cifar10-minilm", "lit-cifar-minilm-cnnbn32", "cifar10-cnn16")) {
            Files.copy(demo.resolve(id).resolve("entry.json"),
                    Files.createDirectories(tmp.resolve("hub").resolve(id)).resolve("entry.json"));
        }

        MllRun list = mll("hub", "--hub", hub(), "list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out())
                .containsPattern("conse-cifar10-minilm\\s+VLM \\(ConSE\\)\\s+-\\s+all-minilm-l6-v2-q")
                .containsPattern("lit-cifar-minilm-cnnbn32\\s+VLM\\s+0\\s+all-minilm-l6-v2-q")
                .containsPattern("cifar10-cnn16\\s+EXPERT\\s+10\\s+-");
    }

    @Test
    void add_fromManifest_resolvesFilesNextToIt() throws IOException {
        assertThat(addMnist("mnist").code()).isZero();
        Path entry = tmp.resolve("hub").resolve("mnist");
        Path copy = Files.createDirectories(tmp.resolve("package"));
        Files.copy(entry.resolve("mnist.onnx"), copy.resolve("mnist.onnx"));
        ModelManifest m = Json.read(entry.resolve("entry.json"), ModelManifest.class).toBuilder().setId("mnist-copy").build();
        Json.writeAtomically(copy.resolve("entry.json"), m);

        MllRun add = mll("hub", "add", "--manifest", copy.resolve("entry.json").toString(), "--hub", hub(), "--json");

        assertThat(add.code()).as(add.err()).isZero();
        assertThat(Json.mapper().readValue(add.out(), ModelManifest.class).id()).isEqualTo("mnist-copy");
    }

    @Test
    void add_labelCountNotMatchingOutput_exits2WithExpectedShape() {
        MllRun run = mll("hub", "add", MODELS.resolve("mnist.onnx").toString(), "--id", "m", "--labels", "a,b,c",
                "--preprocessing", "mnist", "--hub", hub());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("[N, 3]").contains("[1, 10]");
        assertThat(mll("hub", "list", "--hub", hub()).out()).contains("No models");
    }

    @Test
    void add_unknownPreset_exits2NamingPresets() {
        MllRun run = mll("hub", "add", MODELS.resolve("mnist.onnx").toString(), "--id", "m", "--labels", "a",
                "--preprocessing", "vgg", "--hub", hub());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'vgg'").contains("mnist, clip-224, imagenet-224");
    }

    @Test
    void add_withoutId_exits2() {
        MllRun run = mll("hub", "add", MODELS.resolve("mnist.onnx").toString(), "--labels", "a",
                "--preprocessing", "mnist", "--hub", hub());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--id");
    }

    @Test
    void show_unknownId_exits2SuggestingNearest() {
        addMnist("mnist");

        MllRun run = mll("hub", "show", "minst", "--hub", hub());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'minst'").contains("nearest: mnist");
    }
}
