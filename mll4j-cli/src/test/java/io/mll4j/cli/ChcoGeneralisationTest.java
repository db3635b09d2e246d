package io.mll4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.graph.GraphStore;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paper A on the real graph with one real demo expert, cifar-pets-cnn32 (head: cat n02121620, dog n02084071, bird):
 * the task class "tabby cat" (n02123045) lies two edges below the head's "cat", so strict coverage leaves it to no
 * head; with no VLM to patch it, generalisation is the fallback that lets "cat" answer for it, while "dog" keeps its
 * own label.
 */
@Tag("data")
class ChcoGeneralisationTest {
    @TempDir
    Path tmp;

    @Test
    void selectChco_classBelowAnExpertLabel_isAnsweredByGeneralisationOnlyAsTheFallback() throws IOException {
        if (GraphStore.atDefault().current().isEmpty()) {
            assertThat(MllRun.of("graph", "build").code()).isZero();
        }
        Path repo = Path.of(System.getProperty("mll4j.repo.root", "."));
        Path hub = copyModel(repo.resolve("hub-demo").resolve("cifar-pets-cnn32"), tmp.resolve("hub"));
        MllRun label = MllRun.of("label", "--hub", hub.toString());
        assertThat(label.code()).as(label.err()).isZero();

        MllRun select = MllRun.of("select", "--method", "chco", "--hub", hub.toString(), "--classes", "tabby cat,dog",
                "--out", tmp.resolve("chco").toString(), "--json");
        assertThat(select.code()).as(select.err()).isZero();
        JsonNode classes = Json.mapper().readTree(select.out()).get("classes");
        assertThat(classes.get(0).get("route").asText()).isEqualTo("EXPERTS_GENERALISED");
        assertThat(classes.get(0).get("node").get("id").asText()).isEqualTo("n02123045");
        assertThat(classes.get(1).get("route").asText()).isEqualTo("EXPERTS");

        MllRun strict = MllRun.of("select", "--method", "chco", "--hub", hub.toString(), "--classes", "tabby cat,dog",
                "--generalize", "0");
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains("tabby cat");
    }

    private static Path copyModel(Path model, Path hub) throws IOException {
        Path target = Files.createDirectories(hub.resolve(model.getFileName().toString()));
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return hub;
    }
}
