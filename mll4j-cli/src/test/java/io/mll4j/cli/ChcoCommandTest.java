package io.mll4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.combine.ChcoFiles;
import io.mll4j.combine.ChcoReport;
import io.mll4j.testkit.ColourWorld;
import io.mll4j.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paper A through the CLI on {@link ColourWorld} with its two experts: {@code warm} [red, yellow] (calls green yellow,
 * blue red) and {@code cool} [green, blue] (calls red and yellow blue). Each colour node holds 3 images; the heads are
 * one-hot, so with the defaults (soft = hard here, λ = 1, pooled rows, leave-one-out) the estimates are, by hand
 * (outcome orders [red, yellow] and [green, blue]; "LOO" = the image's own row without it):
 * <ul>
 * <li>warm alone: a red image scores red .75 (LOO 3/4) against green = blue .5 (pool 4:4 → 4/8) → right; a green
 * image (warm says yellow) scores green = blue 3/7 (LOO pool 3 red, 2 yellow) against yellow .8 → wrong; blue likewise
 * → [1, 1, 0, 0] = .5;</li>
 * <li>cool alone: a red image (says blue) ties red = yellow at 6/7 (LOO pool, shared) above blue .8 → half credit; a
 * blue image scores blue .75 (LOO) below red = yellow 7/8 → wrong → [.5, .5, 1, 0] = .5;</li>
 * <li>warm + cool: red .75·6/7 = .643 > blue .5·.8; green 3/7·.75 = .321 > yellow .8·1/8; but a blue image (warm
 * says red, cool blue) scores red .8·7/8 = .7 over blue 3/7·.75 = .321 → [1, 1, 1, 0] = .75.</li>
 * </ul>
 * So CHCO (exact over 2 candidates) chooses both, blue is covered but estimated 0 &lt; τ, and the patch VLM joins for
 * it: vlm-a, the one VLM right on blue without calling other colours blue (vlm-b calls blue green, vlm-c green blue).
 */
class ChcoCommandTest {
    @TempDir
    Path tmp;
    private ColourWorld world;

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("mll4j.home", tmp.resolve("home").toString());
        world = ColourWorld.withHub(tmp, "warm", "cool");
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("mll4j.home");
    }

    private String hub() {
        return tmp.resolve("hub").toString();
    }

    @Test
    void label_expertsAndVlms_labelsBothKindsOnceEach() {
        MllRun first = MllRun.of("label", "--hub", hub());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("warm\\s+expert\\s+labeled").containsPattern("vlm-a\\s+vlm\\s+labeled")
                .contains("outputs softmax");
        MllRun again = MllRun.of("label", "--hub", hub(), "--kind", "expert");
        assertThat(again.out()).containsPattern("cool\\s+expert\\s+already labeled").doesNotContain("vlm-a");
    }

    @Test
    void selectChco_twoComplementaryExperts_combinesBothPatchesBlueAndPredictsEveryImage() throws IOException {
        assertThat(MllRun.of("label", "--hub", hub()).code()).isZero();
        Path out = tmp.resolve("chco");
        MllRun select = MllRun.of("select", "--method", "chco", "--hub", hub(), "--classes", "red,yellow,green,blue",
                "--out", out.toString());
        assertThat(select.code()).as(select.err()).isZero();
        assertThat(select.out()).as(select.out())
                .containsPattern("expert\\s+cool\\s+covers green, blue; alone 50\\.0%")
                .containsPattern("expert\\s+warm\\s+covers red, yellow; alone 50\\.0%")
                .containsPattern("patch\\s+vlm-a\\s+covers every class")
                .containsPattern("blue\\s+n04968895 blue\\s+patch-below-tau\\s+0\\.0%\\s+100\\.0%")
                .contains("Patch: vlm-a for blue").contains("100.0% fused, 75.0% with the experts alone");

        ChcoReport report = ChcoFiles.read(out);
        assertThat(report.headIds()).containsExactly("cool", "warm", "vlm-a");
        assertThat(report.estimate().experts()).isCloseTo(0.75, within(1e-9));
        assertThat(report.classes()).extracting(ChcoReport.ClassReport::experts)
                .containsExactly(1.0, 1.0, 1.0, 0.0);
        ChcoReport.ClassReport red = report.classes().getFirst();
        assertThat(red.route()).isEqualTo(ChcoReport.Route.EXPERTS);
        assertThat(red.coveredBy()).extracting(ChcoReport.Coverer::head).containsExactly("warm", "vlm-a");
        assertThat(red.coveredBy().getFirst().alone()).isCloseTo(1.0, within(1e-9));
        // cool alone on blue: 0 (see above)
        ChcoReport.ClassReport blue = report.classes().get(3);
        assertThat(blue.coveredBy()).filteredOn(c -> c.head().equals("cool")).singleElement()
                .satisfies(c -> assertThat(c.alone()).isZero());
        assertThat(report.search().trace()).extracting(s -> s.accuracy()).containsExactly(0.25, 0.5, 0.75);
        assertThat(out.resolve(ChcoFiles.REPORT_MARKDOWN)).content().contains("| red | n04962784");

        MllRun predict = MllRun.of("predict", "--hub", hub(), "--json", "--task", out.toString(),
                world.home.resolve("data").resolve("colours").toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        JsonNode images = Json.mapper().readTree(predict.out()).get("images");
        assertThat(images).hasSize(12);
        images.forEach(i -> {
            assertThat(i.get("image").asText()).contains(i.get("label").asText() + "-");
            assertThat(i.get("contributions")).hasSize(3);
        });
        // a blue image: warm (says red) argues for red, cool and vlm-a (both say blue) win it back
        JsonNode blueImage = images.get(0);
        assertThat(blueImage.get("label").asText()).isEqualTo("blue");
        assertThat(blueImage.get("runnerUp").asText()).isEqualTo("red");
        assertThat(blueImage.get("contributions").get(1).get("head").asText()).isEqualTo("warm");
        assertThat(blueImage.get("contributions").get(1).get("margin").asDouble()).isNegative();
        MllRun table = MllRun.of("predict", "--hub", hub(), "--task", out.toString(),
                world.image("green", 0).toString());
        assertThat(table.out()).containsPattern("green-0\\.png\\s+green\\s").contains("cool +").contains("warm ")
                .contains("vlm-a ");
    }

    @Test
    void selectChco_oneExpert_patchesTheClassesItLeavesWithTheVlmThatKnowsThem() throws IOException {
        assertThat(MllRun.of("label", "--hub", hub()).code()).isZero();
        Path out = tmp.resolve("patched");
        MllRun select = MllRun.of("select", "--method", "chco", "--hub", hub(), "--experts", "warm",
                "--classes", "red,yellow,green,blue", "--out", out.toString());
        assertThat(select.code()).as(select.err()).isZero();
        ChcoReport report = ChcoFiles.read(out);
        // vlm-a is right on green and blue; vlm-b calls blue green, vlm-c green blue
        assertThat(report.patch().vlm()).isEqualTo("vlm-a");
        assertThat(report.patch().classes()).containsExactly("green", "blue");
        assertThat(report.classes().stream().map(ChcoReport.ClassReport::route).toList()).containsExactly(
                ChcoReport.Route.EXPERTS, ChcoReport.Route.EXPERTS, ChcoReport.Route.PATCH_UNCOVERED,
                ChcoReport.Route.PATCH_UNCOVERED);
        assertThat(select.out()).contains("Patch: vlm-a for green, blue");

        MllRun predict = MllRun.of("predict", "--hub", hub(), "--json", "--task", out.toString(),
                world.home.resolve("data").resolve("colours").toString());
        JsonNode images = Json.mapper().readTree(predict.out()).get("images");
        // vlm-a alone calls red yellow; warm tells them apart: all twelve right
        images.forEach(i -> assertThat(i.get("image").asText()).contains(i.get("label").asText() + "-"));
    }

    @Test
    void selectChco_classNothingCovers_exitsTwoNamingItAndWritesTheReport() {
        Path expertsOnly = tmp.resolve("experts-only");
        try {
            ColourWorld.addExperts(expertsOnly, tmp.resolve("packages-2"), "warm");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(MllRun.of("label", "--hub", expertsOnly.toString()).code()).isZero();
        Path out = tmp.resolve("uncovered");
        MllRun select = MllRun.of("select", "--method", "chco", "--hub", expertsOnly.toString(),
                "--classes", "red,yellow,green", "--out", out.toString());
        assertThat(select.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(select.err()).as(select.out()).contains("No model in the hub covers class 'green'")
                .doesNotContain("'red'");
        assertThat(select.out()).containsPattern("green\\s+n04967191 green\\s+uncovered");
        assertThat(ChcoFiles.read(out).uncovered()).containsExactly("green");

        MllRun predict = MllRun.of("predict", "--hub", expertsOnly.toString(), "--task", out.toString(),
                world.image("green", 0).toString());
        assertThat(predict.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(predict.err()).contains("'green'");
    }

    @Test
    void predictFusion_paperBSelection_fusesTheSelectedVlmsByTheirConfusions() throws IOException {
        assertThat(MllRun.of("label", "--hub", hub()).code()).isZero();
        Path out = tmp.resolve("selection");
        assertThat(MllRun.of("select", "--hub", hub(), "--classes", "red,yellow,green,blue", "--n", "1",
                "--out", out.toString()).code()).isZero();
        MllRun fused = MllRun.of("predict", "--hub", hub(), "--reuser", "fusion", "--json", "--task", out.toString(),
                world.home.resolve("data").resolve("colours").toString());
        assertThat(fused.code()).as(fused.err()).isZero();
        JsonNode report = Json.mapper().readTree(fused.out());
        // paper B chose vlm-b (red, yellow) and vlm-a (green, blue): both vote on every class
        assertThat(List.of(report.get("heads").get(0).asText(), report.get("heads").get(1).asText()))
                .containsExactlyInAnyOrder("vlm-a", "vlm-b");
        report.get("images").forEach(i -> assertThat(i.get("image").asText())
                .contains(i.get("label").asText() + "-"));
        MllRun official = MllRun.of("predict", "--hub", hub(), "--reuser", "fusion", "--task",
                out.resolve("selected_0.7_1.json").toString(), world.image("red", 0).toString());
        assertThat(official.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(official.err()).contains("selection-report.json");
    }
}
