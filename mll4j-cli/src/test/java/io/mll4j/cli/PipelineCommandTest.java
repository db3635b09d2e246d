package io.mll4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.testkit.ColourWorld;
import io.mll4j.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mll label | select | predict} end to end on {@link ColourWorld}, with real WordNet behind the CLI. */
class PipelineCommandTest {
    @TempDir
    Path tmp;
    private ColourWorld world;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("mll4j.home", tmp.resolve("home").toString());
        world = ColourWorld.withHub(tmp);
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("mll4j.home");
    }

    private String hub() {
        return tmp.resolve("hub").toString();
    }

    private Run mll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Mll.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void label_failsMidRunThenRerun_resumesAndEqualsACleanRun() throws IOException {
        Path victim = world.image("green", 1);
        byte[] good = Files.readAllBytes(victim);
        Files.write(victim, new byte[]{1, 2, 3});

        // images sorted by path: blue-0..2, green-0, green-1 … → batches of 2 fail at the third
        Run failed = mll("label", "--hub", hub(), "--model", "vlm-a", "--batch-size", "2");
        assertThat(failed.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failed.err()).contains("green-1.png");
        LabelKey key = LabelKey.of(hubEntry("vlm-a"), world.graph.version(), io.mll4j.graph.NodeText.NAME_WHICH_IS_GLOSS);
        LabelStore store = LabelStore.inHub(tmp.resolve("hub"));
        assertThat(store.exists(key)).isFalse();
        assertThat(chunks(store.cacheDir(key))).isEqualTo(2);

        Files.write(victim, good);
        Run resumed = mll("label", "--hub", hub(), "--model", "vlm-a", "--batch-size", "2");
        assertThat(resumed.code()).isZero();
        assertThat(resumed.out()).contains("vlm-a").contains("labeled");
        // 12 images in chunks of 2: the two saved chunks were kept, only the other four were computed
        assertThat(chunks(store.cacheDir(key))).isEqualTo(6);

        Path cleanHub = tmp.resolve("clean-hub");
        ColourWorld.buildHub(cleanHub, tmp.resolve("clean-packages"));
        assertThat(mll("label", "--hub", cleanHub.toString(), "--model", "vlm-a", "--batch-size", "2").code()).isZero();
        EmbeddingLabel afterResume = store.load(key).orElseThrow();
        EmbeddingLabel clean = LabelStore.inHub(cleanHub).load(key).orElseThrow();
        assertThat(afterResume.imageEmbeddings()).isDeepEqualTo(clean.imageEmbeddings());
        assertThat(afterResume.textEmbeddings()).isDeepEqualTo(clean.textEmbeddings());
        assertThat(afterResume.nodeImages()).isDeepEqualTo(clean.nodeImages());

        assertThat(mll("label", "--hub", hub(), "--model", "vlm-a").out()).contains("already labeled");
    }

    @Test
    void selectThenPredict_colourTask_writesOfficialSelectionAndPredictsTheGoodImages() throws IOException {
        assertThat(mll("label", "--hub", hub()).code()).isZero();
        Path out = tmp.resolve("selection");
        Run select = mll("select", "--hub", hub(), "--classes", "red,yellow,green,blue", "--n", "1",
                "--out", out.toString());
        assertThat(select.code()).as(select.err()).isZero();
        assertThat(select.out()).contains("red").contains("vlm-b").contains("Wrote selected_0.7_1.json");

        JsonNode official = Json.mapper().readTree(out.resolve("selected_0.7_1.json").toFile());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = official.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertThat(keys).containsExactly("red", "yellow", "green", "blue");
        assertThat(official.get("red").get(0).asText()).isEqualTo("vlm-b");
        assertThat(official.get("green").get(0).asText()).isEqualTo("vlm-a");
        assertThat(out.resolve("selection-report.md")).exists();

        Path broken = Files.write(tmp.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        Run predict = mll("predict", "--hub", hub(), "--task", out.toString(), world.image("red", 0).toString(),
                broken.toString(), world.image("blue", 2).toString());
        assertThat(predict.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(predict.err()).contains("broken.jpg");
        assertThat(predict.out()).containsPattern("red-0\\.png\\s+red\\s")
                .containsPattern("blue-2\\.png\\s+blue\\s").contains("ERROR").contains("2 predicted, 1 unreadable");

        Run json = mll("predict", "--hub", hub(), "--json", "--task", out.resolve("selected_0.7_1.json").toString(),
                world.home.resolve("data").resolve("colours").toString());
        assertThat(json.code()).isZero();
        JsonNode images = Json.mapper().readTree(json.out()).get("images");
        assertThat(images).hasSize(12);
        images.forEach(i -> assertThat(i.get("image").asText()).contains(i.get("label").asText() + "-"));
    }

    @Test
    void predict_taskFile_selectsFirstThenPredicts() throws IOException {
        assertThat(mll("label", "--hub", hub()).code()).isZero();
        Path task = Files.writeString(tmp.resolve("task.json"),
                "{\"name\": \"colours\", \"classes\": [\"red\", \"yellow\", \"green\", \"blue\"]}");
        Run predict = mll("predict", "--hub", hub(), "--n", "1", "--task", task.toString(),
                world.image("yellow", 1).toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        assertThat(predict.out()).containsPattern("yellow-1\\.png\\s+yellow\\s+\\S+\\s+vlm-b");
    }

    @Test
    void select_badTasks_exitTwoWithAMessageNamingTheProblem() {
        assertThat(mll("label", "--hub", hub()).code()).isZero();
        assertBad(mll("select", "--hub", hub(), "--classes", ""), "at least one class");
        assertBad(mll("select", "--hub", hub(), "--classes", "red,Red"), "'Red' appears twice");
        assertBad(mll("select", "--hub", hub(), "--classes", "red,qwzxvk"), "unknown class name 'qwzxvk'");
        assertBad(mll("select", "--hub", hub(), "--classes", "red,blue", "--pin", "red=n00000001"),
                "pinned to n00000001, which is not a known noun synset");
        assertBad(mll("select", "--hub", hub(), "--classes", "red,blue", "--pin", "red=n02123045"),
                "not a node of the graph");
        assertBad(mll("select", "--hub", hub(), "--classes", "red,sneaker"), "'sneaker'");
        assertThat(mll("select", "--hub", hub(), "--classes", "red,sneaker", "--allow-uncovered").out())
                .contains("Warning: 'sneaker' is not covered");
    }

    private static void assertBad(Run run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message);
    }

    private io.mll4j.hub.ModelManifest hubEntry(String id) {
        try (ModelHub h = ModelHub.builder().optDirectory(tmp.resolve("hub")).build()) {
            return h.get(id).manifest();
        }
    }

    private static long chunks(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".sha")).count();
        }
    }
}
