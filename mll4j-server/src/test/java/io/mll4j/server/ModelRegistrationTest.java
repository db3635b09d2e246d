package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.testkit.ColourFixture;
import io.mll4j.testkit.ColourWorld;
import io.mll4j.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /models}: admission through the ONNX checker, background labeling, then selection picks the model. */
class ModelRegistrationTest {
    @TempDir
    Path tmp;
    private MllServer server;
    private Client client;
    private Path pkg;

    @BeforeEach
    void start() throws IOException {
        ColourWorld world = ColourFixture.write(tmp);
        pkg = tmp.resolve("packages").resolve("vlm-d");
        server = MllServer.builder().optHubDirectory(tmp.resolve("hub")).optGraph(world.graph)
                .optImageRoot(world.home.resolve("data")).optPort(0).build().start();
        client = new Client(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Client.Part manifestPart(ModelManifest manifest) {
        return new Client.Part("manifest", "manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void register_vlmRightOnEveryColour_admittedLabeledThenChosenForEveryClass() throws Exception {
        Client.Response r = client.postMultipart("/models", List.of(Client.Part.file("manifest", pkg.resolve("manifest.json")),
                Client.Part.file("file", pkg.resolve(ColourWorld.TOWER_FILE))));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("id").asText()).isEqualTo("vlm-d");
        assertThat(r.json().at("/manifest/costProfile/params").asLong()).isPositive();
        assertThat(r.raw().headers().firstValue("Location")).contains("/models/vlm-d");
        JsonNode model = awaitLabeled("vlm-d");
        assertThat(model.at("/labelJob/state").asText()).isEqualTo("DONE");

        Client.Response task = client.postJson("/tasks", "{\"classes\": [\"red\", \"yellow\", \"green\", \"blue\"]}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        task.json().get("selected").forEach(models -> assertThat(models.get(0).asText()).isEqualTo("vlm-d"));
        assertThat(task.json().get("unlabeled")).isEmpty();
    }

    @Test
    void register_expert_admittedLabeledThenACandidateOfChco() throws Exception {
        ModelManifest manifest = ModelManifest.builder().setId("warm-2").setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, "model.onnx")).setPreprocessing(ColourWorld.PIXELS)
                .optLabels(List.of(new ClassLabel("red", ColourWorld.IDS.get("red")),
                        new ClassLabel("yellow", ColourWorld.IDS.get("yellow")))).build();
        Client.Response r = client.postMultipart("/models", List.of(manifestPart(manifest),
                Client.Part.file("file", tmp.resolve("packages").resolve("warm").resolve("model.onnx"))));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("kind").asText()).isEqualTo("EXPERT");
        awaitLabeled("warm-2");

        Client.Response task = client.postJson("/tasks", "{\"method\": \"chco\", \"classes\": [\"red\", \"yellow\"], "
                + "\"experts\": [\"warm-2\"]}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.json().at("/summary/heads").findValuesAsText("id")).containsExactly("warm-2");
    }

    @Test
    void register_badPackages_refusedNamingTheFieldAndTheHubUnchanged() throws IOException {
        Client.Part tower = Client.Part.file("file", pkg.resolve(ColourWorld.TOWER_FILE));
        ModelManifest manifest = ColourWorld.manifest("vlm-d");

        assertError(client.postMultipart("/models", List.of(tower)), 400, "manifest");
        assertError(client.postMultipart("/models", List.of(new Client.Part("manifest", null, "{\"id\": ".getBytes()),
                tower)), 400, "manifest");
        assertError(client.postMultipart("/models", List.of(new Client.Part("manifest", null,
                "{\"id\": \"Bad Id\", \"kind\": \"VLM\"}".getBytes()), tower)), 400, "manifest");
        assertError(client.postMultipart("/models", List.of(manifestPart(manifest))), 400, "files.image-tower");
        assertError(client.postMultipart("/models", List.of(manifestPart(manifest), tower,
                new Client.Part("file", "extra.bin", new byte[]{1}))), 400, "file");
        assertError(client.postMultipart("/models", List.of(manifestPart(manifest),
                new Client.Part("file", ColourWorld.TOWER_FILE, "not onnx".getBytes()))), 422, "files");
        assertError(client.postMultipart("/models", List.of(manifestPart(ColourWorld.manifest("vlm-a")), tower)), 409,
                "manifest.id");
        assertError(client.postJson("/models", "{}"), 415, "Content-Type");

        assertThat(client.get("/models").json().findValuesAsText("id"))
                .containsExactly("cool", "vlm-a", "vlm-b", "vlm-c", "warm");
        assertThat(Files.list(tmp.resolve("hub")).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.startsWith("vlm-d"));
    }

    private JsonNode awaitLabeled(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode m = client.get("/models/" + id).json();
            if (m.at("/labeled/paper").asBoolean()) {
                return m;
            }
            assertThat(m.at("/labelJob/state").asText()).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("model " + id + " was not labeled within 60 s");
    }

    private static void assertError(Client.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.field()).as(r.body()).isEqualTo(field);
    }
}
