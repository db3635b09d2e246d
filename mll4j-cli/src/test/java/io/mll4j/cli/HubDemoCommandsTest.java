package io.mll4j.cli;

import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelManifest;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** build-demo, zero-shot and report on a tiny recipes file (seconds of training on MNIST digits). */
@Tag("data")
class HubDemoCommandsTest {
    private static final String RECIPES = """
            {"version": 1,
             "classes": {
               "mnist/0": {"names": ["zero", "0"], "gloss": "a number", "hypernym": "digit"},
               "mnist/1": {"names": ["one", "1"], "gloss": "the smallest whole number", "hypernym": "digit"},
               "mnist/2": {"names": ["two", "2"], "gloss": "the sum of one and one", "hypernym": "digit"}
             },
             "recipes": [
               {"kind": "expert", "id": "tiny-expert", "classes": ["mnist/0", "mnist/1"], "input": {"color": "GRAY", "size": 8},
                "layers": [{"type": "flatten"}, {"type": "linear", "out": 2}],
                "training": {"perClass": 40, "epochs": 1, "batchSize": 16, "learningRate": 0.01, "seed": 1, "threads": 1}},
               {"kind": "vlm", "id": "tiny-vlm", "classes": ["mnist/0", "mnist/1", "mnist/2"], "heldOut": ["mnist/2"],
                "input": {"color": "GRAY", "size": 8}, "layers": [{"type": "flatten"}, {"type": "linear", "out": 384}],
                "training": {"perClass": 40, "epochs": 1, "batchSize": 16, "learningRate": 0.01, "seed": 2, "threads": 1},
                "textEncoder": "all-minilm-l6-v2-q", "texts": ["name", "photo"]},
               {"kind": "conse", "id": "tiny-conse", "expert": "tiny-expert", "textEncoder": "all-minilm-l6-v2-q", "topK": 2}
             ]}
            """;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private static Run mll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Mll.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    @Test
    void buildDemoZeroShotReport_tinyRecipes_buildOnceThenSkipAndReport() throws Exception {
        Path hub = tmp.resolve("hub");
        Files.createDirectories(hub);
        Files.writeString(hub.resolve("recipes.json"), RECIPES);

        Run build = mll("hub", "build-demo", "--out", hub.toString());
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("[3/3] tiny-conse: built").contains("3 models built, 0 up to date");
        assertThat(mll("hub", "build-demo", "--out", hub.toString()).out()).contains("0 models built, 3 up to date");

        Run list = mll("hub", "--hub", hub.toString(), "list");
        assertThat(list.out()).containsPattern("tiny-vlm\\s+VLM\\s+0\\s+all-minilm-l6-v2-q")
                .containsPattern("tiny-conse\\s+VLM \\(ConSE\\)\\s+-\\s+all-minilm-l6-v2-q");

        Run zeroShot = mll("hub", "--hub", hub.toString(), "zero-shot", "--per-class", "5");
        assertThat(zeroShot.code()).as(zeroShot.err()).isZero();
        assertThat(zeroShot.out()).contains("tiny-vlm").contains("tiny-conse").contains("chance 10.0 %")
                .contains("held out of training: two (mnist, not scored here)");

        Path md = tmp.resolve("hub.md");
        Run report = mll("hub", "--hub", hub.toString(), "report", "--out", md.toString(), "--per-class", "5");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(md)).contains("# The demo hub").contains("## Accuracy per class: mnist/test")
                .contains("| tiny-expert | expert | GRAY 8px").contains("Last build");
    }

    /**
     * A VLM whose image tower has file role {@code visual} (beside a {@code textEncoder}) opens as in the rest of the
     * pipeline: here a demo-hub tower re-filed under that role.
     */
    @Test
    void zeroShot_vlmWithVisualFileAndTextEncoder_isScored() throws Exception {
        Path demo = Path.of(System.getProperty("mll4j.repo.root", "../"), "hub-demo", "lit-mix-e5-cnnbn28g");
        Path entry = Files.createDirectories(tmp.resolve("hub").resolve("lit-visual"));
        try (Stream<Path> files = Files.list(demo)) {
            for (Path file : files.toList()) {
                Files.copy(file, entry.resolve(file.getFileName()));
            }
        }
        ModelManifest m = Json.read(entry.resolve(ModelHub.ENTRY_FILE), ModelManifest.class);
        Json.writeAtomically(entry.resolve(ModelHub.ENTRY_FILE), m.toBuilder().setId("lit-visual")
                .setFiles(m.files().stream().map(f -> f.role().equals(ModelFile.IMAGE_TOWER)
                        ? new ModelFile(ModelFile.VISUAL, f.path(), f.bytes(), f.sha256()) : f).toList())
                .optIoNames(Map.of()).build());

        Run zeroShot = mll("hub", "--hub", tmp.resolve("hub").toString(), "zero-shot", "--per-class", "5");

        assertThat(zeroShot.code()).as(zeroShot.err()).isZero();
        assertThat(zeroShot.out()).containsPattern("lit-visual\\s+e5-small-v2-q\\s+CIFAR-10");
    }

    @Test
    void buildDemo_unknownOnlyId_isBadInput() throws Exception {
        Path hub = tmp.resolve("hub");
        Files.createDirectories(hub);
        Files.writeString(hub.resolve("recipes.json"), RECIPES);
        Run run = mll("hub", "build-demo", "--out", hub.toString(), "--only", "nope");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'nope'");
    }
}
