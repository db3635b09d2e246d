package io.mll4j.examples;

import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.testkit.ColourFixture;
import io.mll4j.testkit.ColourWorld;
import io.mll4j.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example program as a user would (its {@code main}, default hub and home from the mll4j properties),
 * on ColourWorld: label a fresh hub, select, predict, register.
 */
class ExamplesTest {
    @TempDir
    Path tmp;
    private PrintStream stdout;

    @BeforeEach
    void setUp() throws IOException {
        stdout = System.out;
        ColourWorld.withHub(tmp, "warm", "cool");
        System.setProperty("mll4j.home", tmp.resolve("home").toString());
        System.setProperty("mll4j.hub.dir", tmp.resolve("hub").toString());
    }

    @AfterEach
    void tearDown() {
        System.setOut(stdout);
        System.clearProperty("mll4j.home");
        System.clearProperty("mll4j.hub.dir");
    }

    private static String run(ThrowingMain main) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(previous);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingMain {
        void run() throws Exception;
    }

    @Test
    void examples_labelSelectPredictRegister_runAsAUserRunsThem() throws Exception {
        String labeled = run(() -> LabelHub.main(new String[0]));
        assertThat(labeled).contains("vlm-a: LABELED (5 nodes, 12 images)").contains("vlm-c: LABELED")
                .contains("warm: LABELED").contains("cool: LABELED");

        String selected = run(() -> SelectModels.main(new String[]{"red,yellow,green,blue"}));
        assertThat(selected).contains("red -> [vlm-b] (synset " + ColourWorld.IDS.get("red"))
                .contains("blue -> [vlm-a] (synset " + ColourWorld.IDS.get("blue")).contains("| n04962784 | red | 100.0 |");

        Path data = tmp.resolve("home").resolve("data").resolve("colours");
        Path broken = Files.write(tmp.resolve(ColourFixture.CORRUPT), new byte[]{1, 2, 3});
        String predicted = run(() -> PredictImages.main(new String[]{"red,yellow,green,blue",
                data.resolve("red-1.png").toString(), broken.toString(), data.resolve("green-0.png").toString()}));
        assertThat(predicted).contains("red-1.png -> red").contains("green-0.png -> green")
                .contains(ColourFixture.CORRUPT + " -> ").containsPattern("vlm-b: weight .*, votes for red");

        // paper A: warm [red, yellow] and cool [green, blue] combined, vlm-a patches blue (ChcoCommandTest)
        String combined = run(() -> CombineExperts.main(new String[]{"red,yellow,green,blue",
                data.resolve("blue-2.png").toString(), data.resolve("yellow-0.png").toString()}));
        assertThat(combined).contains("heads [cool, warm, vlm-a], estimated accuracy 100.0 %")
                .contains("blue-2.png -> blue").contains("yellow-0.png -> yellow").containsPattern("warm: -\\d");

        Path pkg;
        try (TextEmbedder minilm = TextEncoders.byId(ColourWorld.ENCODER).load()) {
            pkg = ColourWorld.writePackage(tmp.resolve("new"), "vlm-d", ColourWorld.beliefs(minilm));
        }
        Json.writeAtomically(pkg.resolve("manifest.json"), ColourWorld.manifest("vlm-d"));
        String registered = run(() -> RegisterModel.main(new String[]{pkg.resolve("manifest.json").toString()}));
        assertThat(registered).startsWith("Added vlm-d (VLM): ");
        assertThat(tmp.resolve("hub").resolve("vlm-d").resolve("entry.json")).exists();
    }
}
