package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.testkit.ColourFixture;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API end to end over HTTP, on {@link ColourFixture}'s labeled hub (real ONNX towers, real MiniLM, real
 * WordNet): selection, predictions in every encoding, the graph, and every refusal with its status and field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTest {
    private static final long MAX_BODY = 256 * 1024;
    @TempDir
    static Path tmp;
    private ColourWorld world;
    private MllServer server;
    private Client client;
    private Path uploads;

    @BeforeAll
    void start() throws IOException {
        world = ColourFixture.write(tmp);
        uploads = tmp.resolve("uploads");
        server = MllServer.builder().optHubDirectory(tmp.resolve("hub")).optGraph(world.graph)
                .optImageRoot(world.home.resolve("data")).optPort(0).optMaxBodyBytes(MAX_BODY).optMaxImages(8)
                .build().start();
        client = new Client(server.url());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String colourTask() {
        Client.Response r = client.postJson("/tasks", "{\"classes\": [\"red\", \"yellow\", \"green\", \"blue\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void health_running_reportsHubGraphAndLimits() {
        Client.Response r = client.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().at("/hub/models").asInt()).isEqualTo(5);
        assertThat(r.json().at("/graph/version").asText()).isEqualTo(world.graph.version());
        assertThat(r.json().at("/limits/maxBodyBytes").asLong()).isEqualTo(MAX_BODY);
    }

    @Test
    void createTask_colourClasses_choosesTheModelRightOnEachColourAndCanBeReadBack() {
        Client.Response created = client.postJson("/tasks", "{\"classes\": \"red, yellow, green, blue\", \"n\": 1}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.raw().headers().firstValue("Location")).contains("/tasks/" + id);
        // vlm-a sees red as yellow, vlm-b sees blue as green (ColourWorld): each class goes to a model right on it
        assertThat(Json.selected(created.json())).isEqualTo(Map.of("red", List.of("vlm-b"), "yellow",
                List.of("vlm-b"), "green", List.of("vlm-a"), "blue", List.of("vlm-a")));
        JsonNode scores = created.json().get("scores");
        assertThat(scores.get("models")).hasSize(3);
        assertThat(scores.get("reuse")).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(4));
        assertThat(created.json().at("/report/classes/0/nodes/0/id").asText()).isEqualTo(ColourWorld.IDS.get("red"));

        Client.Response read = client.get("/tasks/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("report")).isEqualTo(created.json().get("report"));
        assertThat(client.get("/tasks").json().findValuesAsText("id")).contains(id);
    }

    @Test
    void createTask_pinnedUncoveredClass_isCoveredAndPinned() {
        Client.Response refused = client.postJson("/tasks", "{\"classes\": [\"red\", \"sky\"]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field()).isEqualTo("classes");
        assertThat(refused.error()).contains("'sky'").doesNotContain("'red'");

        Client.Response pinned = client.postJson("/tasks", "{\"classes\": [\"red\", \"sky\"], \"pins\": {\"sky\": \""
                + ColourWorld.IDS.get("blue") + "\"}}");
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(201);
        assertThat(pinned.json().at("/report/classes/1/pinned").asBoolean()).isTrue();
        assertThat(pinned.json().at("/report/classes/1/covered").asBoolean()).isTrue();
        assertThat(pinned.json().at("/report/classes/1/nodes/0/id").asText()).isEqualTo(ColourWorld.IDS.get("blue"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                  | 400 | classes
            {"classes": []}                                     | 400 | classes
            {"classes": ["red", 7]}                             | 400 | classes[1]
            {"classes": ["red", "Red"]}                         | 400 | classes
            {"classes": ["red"], "k": 0}                        | 400 | k
            {"classes": ["red"], "k": 1.5}                      | 400 | k
            {"classes": ["red"], "alpha": 2}                    | 400 | alpha
            {"classes": ["red"], "variant": "best"}             | 400 | variant
            {"classes": ["red"], "colour": "blue"}              | 400 | colour
            {"classes": ["red"], "pins": {"red": "cat"}}        | 400 | pins
            {"classes": ["red"], "pins": {"blue": "n04968895"}} | 400 | pins
            {"classes": ["red"], "pins": ["n04968895"]}         | 400 | pins
            {"classes": ["red"], "captions": {"red": []}}       | 400 | captions.red
            {"classes": ["red"], "textEncoder": "nope"}         | 400 | textEncoder
            {"classes": ["red"], "models": ["vlm-z"]}           | 422 | models[0]
            {"classes": ["red", "qwzxvk"]}                      | 422 | classes
            {"classes": ["red"], "pins": {"red": "n02123045"}}  | 422 | pins.red
            {"classes": "red",                                  | 400 | body
            [1, 2]                                              | 400 | body
            """)
    void createTask_badRequest_statusAndFieldNamed(String body, int status, String field) {
        Client.Response r = client.postJson("/tasks", body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.field()).as(r.body()).isEqualTo(field);
        assertThat(r.error()).isNotBlank();
    }

    @Test
    void getTask_unknownId_404NamingTheId() {
        Client.Response r = client.get("/tasks/t-0000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.field()).isEqualTo("id");
        assertThat(r.error()).contains("t-0000");
        assertThat(client.postJson("/tasks/t-0000/predictions", "{\"images\": []}").status()).isEqualTo(404);
    }

    @Test
    void predict_multipartWithACorruptFile_labelsTheOthersAndNamesTheCorruptOne() throws IOException {
        String id = colourTask();
        List<Client.Part> parts = new ArrayList<>();
        for (String f : List.of("red-0.png", "yellow-1.png", "broken.png", "green-2.png", "blue-1.png")) {
            parts.add(Client.Part.file("image", uploads.resolve(f)));
        }
        Client.Response r = client.postMultipart("/tasks/" + id + "/predictions", parts);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("predicted").asInt()).isEqualTo(4);
        assertThat(r.json().get("failed").asInt()).isEqualTo(1);
        JsonNode images = r.json().get("images");
        assertThat(images.findValuesAsText("image")).containsExactly("red-0.png", "yellow-1.png", "broken.png",
                "green-2.png", "blue-1.png");
        assertThat(images.get(2).get("error").asText()).startsWith("broken.png: ");
        for (int i : new int[]{0, 1, 3, 4}) {
            JsonNode p = images.get(i);
            assertThat(p.get("image").asText()).startsWith(p.get("label").asText() + "-");
            // the label's votes come from the models chosen for it, and only from them
            String label = p.get("label").asText();
            for (JsonNode vote : p.get("votes")) {
                boolean votesForLabel = Json.strings(vote.get("votesFor")).contains(label);
                assertThat(vote.get("contribution").asDouble() > 0).isEqualTo(votesForLabel);
            }
        }
    }

    @Test
    void predict_base64JsonAndRawBody_sameLabelsAsMultipart() throws IOException {
        String id = colourTask();
        byte[] red = Files.readAllBytes(uploads.resolve("red-0.png"));
        byte[] blue = Files.readAllBytes(uploads.resolve("blue-1.png"));
        String json = "{\"images\": [{\"name\": \"r.png\", \"data\": \"" + Base64.getEncoder().encodeToString(red)
                + "\"}, \"data:image/png;base64," + Base64.getEncoder().encodeToString(blue) + "\"]}";

        Client.Response r = client.postJson("/tasks/" + id + "/predictions", json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("images").findValuesAsText("label")).containsExactly("red", "blue");
        assertThat(r.json().get("images").findValuesAsText("image")).containsExactly("r.png", "image-2");

        Client.Response raw = client.post("/tasks/" + id + "/predictions?name=b.png", "image/png", blue);
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.json().at("/images/0/label").asText()).isEqualTo("blue");
        assertThat(raw.json().at("/images/0/image").asText()).isEqualTo("b.png");
    }

    @Test
    void predict_badBodies_refusedNamingTheFieldAndTheServerKeepsServing() throws IOException {
        String path = "/tasks/" + colourTask() + "/predictions";
        byte[] corrupt = Files.readAllBytes(uploads.resolve(ColourFixture.CORRUPT));

        assertError(client.post(path, "image/png", corrupt), 422, "images");
        assertError(client.postJson(path, "{\"images\": []}"), 400, "images");
        assertError(client.postJson(path, "{\"images\": [\"%%%not base64\"]}"), 400, "images[0]");
        assertError(client.postJson(path, "{\"images\": [{\"name\": \"a\"}]}"), 400, "images[0].data");
        assertError(client.postJson(path, "{\"pictures\": []}"), 400, "pictures");
        assertError(client.post(path, "text/plain", "hello".getBytes()), 415, "Content-Type");
        assertError(client.post(path, "multipart/form-data", new byte[]{1}), 400, "Content-Type");
        assertError(client.post(path, "multipart/form-data; boundary=xyz", "--xyz\r\nno end".getBytes()), 400, "body");
        assertError(client.postMultipart(path, List.of(new Client.Part("note", null, "hi".getBytes()))), 400, "note");
        List<Client.Part> many = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(Client.Part.file("image", uploads.resolve("red-0.png")));
        }
        assertError(client.postMultipart(path, many), 400, "images");
        assertError(client.post(path, "image/png", new byte[(int) MAX_BODY + 1]), 413, "body");
        assertError(client.post(path + "?prompt=loud", "image/png", corrupt), 400, "prompt");

        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.post(path, "image/png", Files.readAllBytes(uploads.resolve("red-0.png"))).status())
                .isEqualTo(200);
    }

    @Test
    void predict_concurrentClients_allAnsweredAndModelsLoadedOnce() throws Exception {
        String path = "/tasks/" + colourTask() + "/predictions";
        byte[] green = Files.readAllBytes(uploads.resolve("green-2.png"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Client.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> client.post(path, "image/png", green)));
            }
            for (Future<Client.Response> f : answers) {
                Client.Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.json().at("/images/0/label").asText()).isEqualTo("green");
            }
        } finally {
            pool.shutdown();
        }
        JsonNode loaded = client.get("/health").json().get("loadedModels");
        assertThat(loaded.findValuesAsText("id")).doesNotHaveDuplicates().contains("vlm-a", "vlm-b");
        assertThat(loaded.findValues("leases")).allSatisfy(n -> assertThat(n.asInt()).isZero());
    }

    @Test
    void models_listAndGet_showCostLabelsAndUnknownIs404() {
        Client.Response list = client.get("/models");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("id")).containsExactly("cool", "vlm-a", "vlm-b", "vlm-c", "warm");
        assertThat(list.json().findValuesAsText("kind")).containsExactly("EXPERT", "VLM", "VLM", "VLM", "EXPERT");
        assertThat(list.json().findValues("labeled")).allSatisfy(l -> assertThat(l.get("paper").asBoolean()).isTrue());
        assertThat(list.json().get(1).at("/cost/params").asLong()).isPositive();

        Client.Response one = client.get("/models/vlm-b");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().at("/manifest/textEncoder").asText()).isEqualTo(ColourWorld.ENCODER);
        assertError(client.get("/models/vlm-z"), 404, "id");
    }

    @Test
    void graph_findAndNodes_candidatesInGraphFirstAndWordNetFallback() {
        Client.Response find = client.get("/graph/find?name=blue");
        assertThat(find.status()).isEqualTo(200);
        JsonNode first = find.json().get("candidates").get(0);
        assertThat(first.at("/synset/id").asText()).isEqualTo(ColourWorld.IDS.get("blue"));
        assertThat(first.get("inGraph").asBoolean()).isTrue();
        assertThat(find.json().get("candidates").findValues("inGraph")).anyMatch(n -> !n.asBoolean());

        Client.Response node = client.get("/graph/nodes/" + ColourWorld.IDS.get("blue"));
        assertThat(node.json().get("inGraph").asBoolean()).isTrue();
        assertThat(node.json().get("parents").findValuesAsText("id")).containsExactly(ColourWorld.CHROMATIC);
        assertThat(node.json().get("imageCount").asInt()).isEqualTo(3);

        Client.Response sky = client.get("/graph/nodes/n09436708");
        assertThat(sky.status()).isEqualTo(200);
        assertThat(sky.json().get("inGraph").asBoolean()).isFalse();
        assertThat(Json.strings(sky.json().get("lemmas"))).contains("sky");

        assertError(client.get("/graph/nodes/sky"), 400, "wnid");
        assertError(client.get("/graph/nodes/n00000001"), 404, "wnid");
        assertError(client.get("/graph/find"), 400, "name");
    }

    @Test
    void routing_unknownPathAndWrongMethod_404And405WithAllow() {
        assertError(client.get("/nothing/here"), 404, "path");
        Client.Response wrong = client.delete("/tasks");
        assertError(wrong, 405, "method");
        assertThat(wrong.raw().headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
    }

    @Test
    void page_indexAndStaticFiles_servedWithTypesAndNoEscape() {
        Client.Response index = client.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("/static/app.js");
        assertThat(client.get("/static/app.js").raw().headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/javascript");
        assertThat(client.get("/static/..%2Fserver%2FMllServer.class").status()).isEqualTo(404);
        assertThat(client.get("/plots").json().get("plots")).isEmpty();
    }

    private static void assertError(Client.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.field()).as(r.body()).isEqualTo(field);
        assertThat(r.json().get("error").asText()).isNotBlank();
    }

    /** JSON helpers for assertions. */
    static final class Json {
        private Json() {
        }

        static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }

        static Map<String, List<String>> selected(JsonNode task) {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            task.get("selected").properties().forEach(e -> out.put(e.getKey(), strings(e.getValue())));
            return out;
        }
    }
}
