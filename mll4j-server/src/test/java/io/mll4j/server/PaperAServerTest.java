package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.onnx.OnnxModelChecker;
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
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paper A's views over HTTP on {@link ColourFixture}'s hub: CHCO tasks, their fused predictions with each head's
 * margin, every refusal of a chco body, and the hub coverage map. The fixture's experts are one-hot:
 * {@code warm} [red, yellow] calls green yellow and blue red; {@code cool} [green, blue] calls red and yellow blue;
 * vlm-a sees red as yellow, vlm-b blue as green, vlm-c green as blue and yellow as red. By hand (as in the CLI's
 * ChcoCommandTest): warm alone and cool alone are each estimated at .5, both together at .75 with blue at 0 (warm
 * says red for a blue image and outweighs cool), so CHCO chooses both and the patch VLM vlm-a (the one right on
 * blue without calling other colours blue) joins for blue. Two more models are admitted but never labeled, so that
 * the unlabeled paths are exercised: the expert {@code warm-2} (warm's head) and the VLM {@code vlm-d}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperAServerTest {
    private static final String COLOURS = "[\"red\", \"yellow\", \"green\", \"blue\"]";
    @TempDir
    static Path tmp;
    private MllServer server;
    private Client client;
    private Path uploads;

    @BeforeAll
    void start() throws IOException {
        ColourWorld world = ColourFixture.write(tmp);
        uploads = tmp.resolve("uploads");
        try (ModelHub hub = ModelHub.builder().optDirectory(tmp.resolve("hub"))
                .optChecker(OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(1).build()).build()) {
            hub.add(new ModelPackage(ModelManifest.builder().setId("warm-2").setKind(ModelKind.EXPERT)
                    .addFile(ModelFile.of(ModelFile.MODEL, "model.onnx")).setPreprocessing(ColourWorld.PIXELS)
                    .optLabels(List.of(new ClassLabel("red", ColourWorld.IDS.get("red")),
                            new ClassLabel("yellow", ColourWorld.IDS.get("yellow")))).build(),
                    tmp.resolve("packages").resolve("warm")));
            hub.add(new ModelPackage(ColourWorld.manifest("vlm-d"), tmp.resolve("packages").resolve("vlm-d")));
        }
        server = MllServer.builder().optHubDirectory(tmp.resolve("hub")).optGraph(world.graph)
                .optImageRoot(world.home.resolve("data")).optPort(0).optMaxImages(8).build().start();
        client = new Client(server.url());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Client.Response chco(String fields) {
        return client.postJson("/tasks", "{\"method\": \"chco\", \"classes\": " + COLOURS
                + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    @Test
    void createChco_fourColours_bothExpertsAndVlmAPatchingBlue() {
        Client.Response r = chco("");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode summary = r.json().get("summary");
        assertThat(r.json().get("method").asText()).isEqualTo("chco");
        assertThat(ServerTest.Json.strings(r.json().get("unlabeled"))).containsExactly("warm-2", "vlm-d");
        assertThat(summary.get("heads").findValuesAsText("id")).containsExactly("cool", "warm", "vlm-a");
        assertThat(summary.get("heads").findValuesAsText("role")).containsExactly("expert", "expert", "patch");
        assertThat(summary.at("/estimate/experts").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(summary.get("classes").findValuesAsText("route"))
                .containsExactly("experts", "experts", "experts", "patch-below-tau");
        assertThat(summary.get("classes").findValues("experts")).extracting(JsonNode::asDouble)
                .containsExactly(1.0, 1.0, 1.0, 0.0);
        JsonNode red = summary.get("classes").get(0);
        assertThat(red.get("coveredBy").findValuesAsText("head")).containsExactly("warm", "vlm-a");
        assertThat(red.at("/coveredBy/0/alone").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(red.at("/coveredBy/0/chosen").asBoolean()).isTrue();
        JsonNode blue = summary.get("classes").get(3);
        assertThat(blue.at("/node/id").asText()).isEqualTo(ColourWorld.IDS.get("blue"));
        assertThat(blue.get("why").asText()).contains("cool").contains("< τ 50.0%").contains("vlm-a");
        assertThat(summary.at("/search/method").asText()).isEqualTo("exact");
        assertThat(summary.at("/search/candidates").asInt()).isEqualTo(2);
        assertThat(summary.at("/search/budget/heads").isNull()).isTrue();
        assertThat(summary.at("/patch/classes/0").asText()).isEqualTo("blue");
        assertThat(r.json().at("/report/combination/heads")).hasSize(3);

        String id = r.json().get("id").asText();
        Client.Response read = client.get("/tasks/" + id);
        assertThat(read.json().get("report")).isEqualTo(r.json().get("report"));
        assertThat(read.json().get("summary")).isEqualTo(summary);
        JsonNode listed = null;
        for (JsonNode t : client.get("/tasks").json()) {
            listed = t.get("id").asText().equals(id) ? t : listed;
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("method").asText()).isEqualTo("chco");
    }

    @Test
    void createChco_switches_budgetOneAndOneExpertAreApplied() {
        // warm and cool tie alone (.5 each): with room for one head, CHCO breaks the tie by the cheaper measured
        // ms/image; the two classes the chosen one does not cover go to the patch
        Client.Response one = chco("\"budget\": 1");
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        double coolMs = client.get("/models/cool").json().at("/cost/msPerImage").asDouble();
        double warmMs = client.get("/models/warm").json().at("/cost/msPerImage").asDouble();
        String cheaper = warmMs < coolMs ? "warm" : "cool";
        JsonNode heads = one.json().at("/summary/heads");
        assertThat(heads.findValuesAsText("role")).containsExactly("expert", "patch");
        assertThat(heads.get(0).get("id").asText()).isEqualTo(cheaper);
        List<String> routes = one.json().at("/summary/classes").findValuesAsText("route");
        assertThat(cheaper.equals("cool") ? routes.subList(0, 2) : routes.subList(2, 4))
                .containsOnly("patch-uncovered");
        assertThat(one.json().at("/summary/search/budget/heads").asInt()).isEqualTo(1);
        assertThat(one.json().at("/settings/budget").asInt()).isEqualTo(1);

        Client.Response warm = chco("\"experts\": [\"warm\"], \"fusion\": \"hard\", \"search\": \"greedy\"");
        assertThat(warm.status()).as(warm.body()).isEqualTo(201);
        assertThat(warm.json().at("/summary/heads").findValuesAsText("id")).containsExactly("warm", "vlm-a");
        assertThat(warm.json().at("/summary/classes").findValuesAsText("route"))
                .containsExactly("experts", "experts", "patch-uncovered", "patch-uncovered");
        assertThat(warm.json().at("/summary/search/method").asText()).isEqualTo("greedy");
        assertThat(warm.json().at("/report/combination/rule").asText()).isEqualTo("HARD");
        // asked for by id, warm-2 would have been refused; left to the default, it is only named
        assertThat(ServerTest.Json.strings(warm.json().get("unlabeled"))).containsExactly("vlm-d");
    }

    @Test
    void predictChco_uploads_fusedLabelsWithEachHeadsMargin() throws IOException {
        String id = chco("").json().get("id").asText();
        List<Client.Part> parts = new ArrayList<>();
        for (String f : List.of("red-0.png", "yellow-1.png", "green-2.png", "blue-1.png", "broken.png")) {
            parts.add(Client.Part.file("image", uploads.resolve(f)));
        }
        Client.Response r = client.postMultipart("/tasks/" + id + "/predictions", parts);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("method").asText()).isEqualTo("chco");
        assertThat(r.json().get("predicted").asInt()).isEqualTo(4);
        assertThat(r.json().get("failed").asInt()).isEqualTo(1);
        assertThat(ServerTest.Json.strings(r.json().get("heads"))).containsExactly("cool", "warm", "vlm-a");
        JsonNode images = r.json().get("images");
        assertThat(images.get(4).get("error").asText()).startsWith("broken.png: ");
        for (int i = 0; i < 4; i++) {
            JsonNode p = images.get(i);
            assertThat(p.get("image").asText()).startsWith(p.get("label").asText() + "-");
            assertThat(p.get("contributions").findValuesAsText("head")).containsExactly("cool", "warm", "vlm-a");
            // naive Bayes with a uniform prior: the heads' margins add up to the log odds of label over runner-up
            List<String> classes = ServerTest.Json.strings(r.json().get("classes"));
            double odds = Math.log(p.get("probabilities").get(classes.indexOf(p.get("label").asText())).asDouble()
                    / p.get("probabilities").get(classes.indexOf(p.get("runnerUp").asText())).asDouble());
            double margins = 0;
            for (JsonNode c : p.get("contributions")) {
                margins += c.get("margin").asDouble();
            }
            assertThat(margins).isCloseTo(odds, within(1e-6));
        }
        // the blue image: warm says red and argues for it; vlm-a, right on blue, wins it back
        JsonNode blue = images.get(3);
        assertThat(blue.get("runnerUp").asText()).isEqualTo("red");
        assertThat(blue.at("/contributions/1/margin").asDouble()).isNegative();
        assertThat(blue.at("/contributions/2/margin").asDouble()).isPositive();

        assertError(client.post("/tasks/" + id + "/predictions?prompt=raw", "image/png",
                Files.readAllBytes(uploads.resolve("red-0.png"))), 400, "prompt");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "method": "best"                            | 400 | method
            "budget": 0                                 | 400 | budget
            "budget": 1.5                               | 400 | budget
            "budgetMs": -1                              | 400 | budgetMs
            "tau": 2                                    | 400 | tau
            "patch": "yes"                              | 400 | patch
            "search": "random"                          | 400 | search
            "fusion": "max"                             | 400 | fusion
            "gamma": -0.1                               | 400 | gamma
            "experts": "warm"                           | 400 | experts
            "experts": [3]                              | 400 | experts[0]
            "k": 2                                      | 400 | k
            "patch": false, "models": ["vlm-a"]         | 400 | models
            "experts": ["vlm-a"]                        | 422 | experts[0]
            "experts": ["nope"]                         | 422 | experts[0]
            "models": ["warm"]                          | 422 | models[0]
            "experts": ["warm-2"]                       | 409 | experts
            "models": ["vlm-a", "vlm-d"]                | 409 | models
            """)
    void createChco_badSwitch_statusAndFieldNamed(String fields, int status, String field) {
        String body = fields.startsWith("\"method\"") ? "{\"classes\": " + COLOURS + ", " + fields + "}"
                : "{\"method\": \"chco\", \"classes\": " + COLOURS + ", " + fields + "}";
        assertError(client.postJson("/tasks", body), status, field);
    }

    @Test
    void createTask_chcoSwitchOnAnMllTask_refusedNamingIt() {
        Client.Response r = client.postJson("/tasks", "{\"classes\": " + COLOURS + ", \"budget\": 2}");
        assertError(r, 400, "budget");
        assertThat(r.error()).contains("chco");
    }

    @Test
    void createChco_classNoHeadCoversAndPatchOff_422NamingOnlyThatClass() {
        Client.Response r = client.postJson("/tasks", "{\"method\": \"chco\", \"classes\": [\"red\", \"yellow\", "
                + "\"green\"], \"experts\": [\"warm\"], \"patch\": false}");
        assertError(r, 422, "classes");
        assertThat(r.error()).contains("'green'").doesNotContain("'red'").contains("pins");
    }

    @Test
    void coverage_colourHub_oneColumnPerNodeAndValuesByHand() throws IOException {
        Client.Response r = client.get("/hub/coverage");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // five nodes fit in the map: one column each, in node order (chromatic color, red, yellow, green, blue)
        List<String> ids = Stream.of("red", "yellow", "green", "blue").map(ColourWorld.IDS::get).toList();
        assertThat(r.json().get("regions").findValuesAsText("id")).containsExactly(ColourWorld.CHROMATIC,
                ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        assertThat(r.json().get("regions").findValuesAsText("name")).startsWith("chromatic color", "red");
        assertThat(r.json().get("regions").findValues("rest")).allSatisfy(x -> assertThat(x.asBoolean()).isFalse());
        assertThat(r.json().get("models").findValuesAsText("id")).containsExactly("cool", "vlm-a", "vlm-b", "vlm-c",
                "warm");
        assertThat(ServerTest.Json.strings(r.json().get("unlabeled"))).containsExactly("vlm-d", "warm-2");
        // experts: a node is covered when a head label is the node or below it (chromatic color is above all four)
        assertRow(r.json(), "warm", 1.0, 1.0, 1.0, 0.0, 0.0);
        assertRow(r.json(), "cool", 1.0, 0.0, 0.0, 1.0, 1.0);
        // VLMs: per-node F1 = 2TP/(TP+FP+P) over each node's 3 own images; chromatic color has none of its own.
        // vlm-a puts red's images in yellow: red 0, yellow 2·3/(3+3+3), green and blue 1
        assertRow(r.json(), "vlm-a", null, 0.0, 2.0 / 3, 1.0, 1.0);
        assertRow(r.json(), "vlm-b", null, 1.0, 1.0, 2.0 / 3, 0.0);
        assertRow(r.json(), "vlm-c", null, 2.0 / 3, 0.0, 0.0, 2.0 / 3);
        JsonNode warm = row(r.json(), "warm");
        assertThat(warm.get("counts")).extracting(JsonNode::asInt).containsExactly(1, 1, 1, 0, 0);

        try (Stream<Path> cached = Files.walk(tmp.resolve("hub").resolve("cache").resolve("coverage"))) {
            assertThat(cached.filter(p -> p.toString().endsWith(".json")).map(p -> p.getParent().getFileName()
                    .toString())).containsExactlyInAnyOrder("vlm-a", "vlm-b", "vlm-c");
        }
        assertThat(client.get("/hub/coverage").json()).isEqualTo(r.json());
        assertError(client.get("/hub/coverage?variant=best"), 400, "variant");
    }

    private static JsonNode row(JsonNode coverage, String id) {
        for (JsonNode m : coverage.get("models")) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static void assertRow(JsonNode coverage, String id, Double... expected) {
        JsonNode values = row(coverage, id).get("values");
        assertThat(values).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertThat(values.get(i).isNull()).as(id + " column " + i).isTrue();
            } else {
                assertThat(values.get(i).asDouble()).as(id + " column " + i).isCloseTo(expected[i], within(1e-9));
            }
        }
    }

    private static void assertError(Client.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.field()).as(r.body()).isEqualTo(field);
        assertThat(r.error()).isNotBlank();
    }
}
