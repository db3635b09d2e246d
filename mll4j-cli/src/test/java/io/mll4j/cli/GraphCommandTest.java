package io.mll4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.graph.GraphStore;
import io.mll4j.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mll graph} end to end on real WordNet, with a temporary MLL4J_HOME. */
class GraphCommandTest {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void useTemporaryHome() {
        System.setProperty("mll4j.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("mll4j.home");
    }

    private int run(String... args) {
        CommandLine cli = Mll.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void image(String relative) throws Exception {
        Path file = home.resolve("data").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, relative.getBytes());
    }

    @Test
    void show_tenchWithoutGraph_printsGlossAndPathFromWordNet() {
        int code = run("graph", "show", "n01440764");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("tench, Tinca tinca")
                .contains("freshwater dace-like game fish")
                .contains("entity > physical entity > object").contains("cyprinid > tench")
                .contains("no graph built");
    }

    @Test
    void show_unknownId_exitsTwoNamingIt() {
        assertThat(run("graph", "show", "n99999999")).isEqualTo(2);
        assertThat(err.toString()).contains("n99999999");
        assertThat(run("graph", "show", "tench")).isEqualTo(2);
        assertThat(err.toString()).contains("'tench'");
    }

    @Test
    void find_crane_listsBirdAndMachineWithGlosses() {
        int code = run("graph", "find", "crane");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("n02012849").contains("wading bird")
                .contains("n03126707").contains("lifts and moves heavy objects");
    }

    @Test
    void find_json_isAListOfCandidates() throws Exception {
        assertThat(run("graph", "find", "--json", "crane")).isZero();

        JsonNode candidates = Json.mapper().readTree(out.toString());
        assertThat(candidates.isArray()).isTrue();
        assertThat(candidates.findValuesAsText("id")).contains("n02012849", "n03126707");
    }

    @Test
    void find_nameWithoutNounMatch_exitsTwoNamingIt() {
        assertThat(run("graph", "find", "qwzxv")).isEqualTo(2);
        assertThat(err.toString()).contains("'qwzxv'");
    }

    @Test
    void build_thenShow_nodeIsInTheStoredGraph() throws Exception {
        image("imagenet-sample/n01440764_tench.JPEG");
        image("imagenet-sample/n02012849_crane.JPEG");

        assertThat(run("graph", "build", "--cap", "5", "--json")).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.get("imageBearingSynsets").asInt()).isEqualTo(2);
        out.getBuffer().setLength(0);

        assertThat(run("graph", "show", "--json", "n01440764")).isZero();
        JsonNode view = Json.mapper().readTree(out.toString());
        assertThat(view.get("inGraph").asBoolean()).isTrue();
        assertThat(view.get("imageCount").asInt()).isEqualTo(1);
        assertThat(view.get("graphVersion").asText()).isEqualTo(report.get("version").asText());
    }

    @Test
    void build_failing_leavesTheStoredGraphUntouched() throws Exception {
        image("imagenet-sample/n01440764_tench.JPEG");
        assertThat(run("graph", "build")).isZero();
        GraphStore store = new GraphStore(home.resolve("graph"));
        String before = store.current().orElseThrow().version();
        image("node-split/cifar10/spaceship/0001.png");

        assertThat(run("graph", "build")).isEqualTo(2);

        assertThat(err.toString()).contains("spaceship");
        assertThat(store.current().orElseThrow().version()).isEqualTo(before);
        assertThat(store.load().version()).isEqualTo(before);
    }
}
