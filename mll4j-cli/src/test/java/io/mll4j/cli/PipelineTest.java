package io.mll4j.cli;

import io.mll4j.exception.TaskException;
import io.mll4j.graph.NodeText;
import io.mll4j.hub.HubEntry;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.HubLabeler;
import io.mll4j.label.LabelStore;
import io.mll4j.model.TextEmbedder;
import io.mll4j.reuse.EntropyWeightedEnsemble;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.reuse.Prompt;
import io.mll4j.reuse.Reuser;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionFiles;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.SelectionReport.ClassReport;
import io.mll4j.select.Selector;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Label → select → reuse through the library, on {@link ColourWorld}'s real ONNX towers and real MiniLM. */
class PipelineTest extends ColourHubTest {
    private HubLabeler labeler() {
        return HubLabeler.builder().setHub(hub).setOpener(models).setStore(LabelStore.inHub(hub.directory()))
                .setGraph(world.graph).setImageRoot(world.home.resolve("data")).optBatchSize(5).build();
    }

    private Selector selector(SelectionConfig config) {
        return Selector.builder().setGraph(world.graph).setHub(hub).setLabelStore(LabelStore.inHub(hub.directory()))
                .setResolver(ClassResolver.of(world.lexicon)).setEmbedder(models.textEncoder(ColourWorld.ENCODER))
                .optConfig(config).build();
    }

    /** Paper switches with one node per class, so that V_sel is the four colour nodes. */
    private static SelectionConfig oneNode() {
        SelectionConfig p = SelectionConfig.paper();
        return new SelectionConfig(p.alpha(), p.k(), 1, p.scoreRule(), p.globalMean(), p.pool(), p.normalizeZ());
    }

    @Test
    void label_thenAgain_labelsEachVlmOnceWithTheDesignedConfusions() {
        List<HubLabeler.Outcome> first = labeler().labelAll();
        assertThat(first).extracting(HubLabeler.Outcome::model).containsExactly("vlm-a", "vlm-b", "vlm-c");
        assertThat(first).allMatch(o -> o.status() == HubLabeler.Status.LABELED && o.images() == 12 && o.nodes() == 5);
        assertThat(labeler().labelAll()).allMatch(o -> o.status() == HubLabeler.Status.ALREADY_LABELED);

        HubEntry a = hub.get("vlm-a");
        EmbeddingLabel label = LabelStore.inHub(hub.directory()).load(labeler().keyOf(a)).orElseThrow();
        int[] leaves = ColourWorld.COLOURS.stream().mapToInt(c -> world.graph.indexOf(ColourWorld.IDS.get(c))).toArray();
        // vlm-a sees its three red images as yellow (candidate 1), everything else as itself
        assertThat(label.argmaxAmong(leaves[0], leaves)).containsExactly(1, 1, 1);
        assertThat(label.argmaxAmong(leaves[1], leaves)).containsExactly(1, 1, 1);
        assertThat(label.argmaxAmong(leaves[3], leaves)).containsExactly(3, 3, 3);
    }

    @Test
    void select_colourTask_picksTheModelThatIsRightOnEachColour() {
        labeler().labelAll();
        SelectionReport report = selector(oneNode()).select(Task.of(ColourWorld.COLOURS));

        assertThat(report.selected()).containsExactly(Map.entry("red", List.of("vlm-b")),
                Map.entry("yellow", List.of("vlm-b")), Map.entry("green", List.of("vlm-a")),
                Map.entry("blue", List.of("vlm-a")));
        // by hand: precisions a = (0, 1/2, 1, 1), b = (1, 1, 1/2, 0), c = (1/2, 0, 0, 1/2), Z = 100 on the own node,
        // r = 0.7·100·p + 0.3·mean → means 62.5, 62.5, 25
        double[][] expected = {{18.75, 53.75, 88.75, 88.75}, {88.75, 88.75, 53.75, 18.75}, {42.5, 7.5, 7.5, 42.5}};
        for (int y = 0; y < 4; y++) {
            ClassReport cls = report.classes().get(y);
            assertThat(cls.nodes()).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(ColourWorld.IDS.get(cls.name()));
                assertThat(n.similarity()).isCloseTo(100, within(1e-3));
            });
            List<SelectionReport.ModelScore> all = new ArrayList<>(cls.chosen());
            all.addAll(cls.runnersUp());
            for (SelectionReport.ModelScore s : all) {
                int m = List.of("vlm-a", "vlm-b", "vlm-c").indexOf(s.model());
                assertThat(s.reuseScore()).as("%s on %s", s.model(), cls.name()).isCloseTo(expected[m][y], within(0.01));
            }
        }
        ClassReport red = report.classes().getFirst();
        assertThat(red.runnersUp()).extracting(SelectionReport.ModelScore::model).containsExactly("vlm-c", "vlm-a");
        assertThat(red.runnersUp().getFirst().margin()).isCloseTo(88.75 - 42.5, within(0.01));
        assertThat(red.chosen().getFirst().margin()).isCloseTo(88.75 - 42.5, within(0.01));

        SelectionReport.Cost cost = report.cost();
        assertThat(cost.models()).containsExactly("vlm-b", "vlm-a");
        assertThat(cost.params()).isEqualTo(hub.get("vlm-a").manifest().costProfile().params()
                + hub.get("vlm-b").manifest().costProfile().params());
        assertThat(report.provenance().graphVersion()).isEqualTo(world.graph.version());
        assertThat(report.provenance().labels()).hasSize(3);
    }

    @Test
    void select_writeThenRead_roundTripsTheReportAndOfficialFile() {
        labeler().labelAll();
        SelectionReport report = selector(oneNode()).select(Task.of(ColourWorld.COLOURS));
        Path official = SelectionFiles.write(report, tmp.resolve("out"));

        assertThat(official.getFileName()).hasToString("selected_0.7_1.json");
        assertThat(SelectionFiles.readOfficial(official)).containsExactlyEntriesOf(report.selected());
        assertThat(SelectionFiles.readReport(tmp.resolve("out"))).isEqualTo(report);
        assertThat(tmp.resolve("out").resolve(SelectionFiles.REPORT_MARKDOWN)).content()
                .contains("### red").contains("| chosen | 1 | vlm-b |").contains("runner-up");
    }

    @Test
    void select_uncoveredClass_failsNamingItUnlessAllowed() {
        labeler().labelAll();
        Task task = Task.of(List.of("red", "blue")).withCaptions(Map.of("blue", List.of(
                "a contract between a landlord and a tenant about the rent of a flat")));
        assertThatThrownBy(() -> selector(oneNode()).select(task)).isInstanceOf(TaskException.class)
                .hasMessageContaining("'blue'").hasMessageNotContaining("'red'");

        SelectionReport allowed = Selector.builder().setGraph(world.graph).setHub(hub)
                .setLabelStore(LabelStore.inHub(hub.directory())).setResolver(ClassResolver.of(world.lexicon))
                .setEmbedder(models.textEncoder(ColourWorld.ENCODER)).optConfig(oneNode()).optAllowUncovered(true)
                .build().select(task);
        assertThat(allowed.uncovered()).extracting(u -> u.className()).containsExactly("blue");
        assertThat(allowed.classes().get(1).covered()).isFalse();
    }

    @Test
    void predict_selection_matchesEnsembleComputedByHandAndReportsTheCorruptFile() throws IOException {
        labeler().labelAll();
        SelectionReport report = selector(oneNode()).select(Task.of(ColourWorld.COLOURS));
        Path corrupt = Files.write(tmp.resolve("broken.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        List<Path> images = new ArrayList<>(world.images());
        images.add(6, corrupt);

        PredictionReport out = Reuser.builder().setHub(hub).setOpener(models).optPrompt(Prompt.PHOTO)
                .optBatchSize(4).build().predict(report.selected(), images);

        assertThat(out.images()).hasSize(13);
        assertThat(out.failures()).singleElement().satisfies(f -> {
            assertThat(f.image()).isEqualTo(corrupt.toString());
            assertThat(f.error()).contains("broken.png");
        });
        try (TextEmbedder minilm = io.mll4j.onnx.text.TextEncoders.byId(ColourWorld.ENCODER).load()) {
            float[][] beliefs = ColourWorld.COLOURS.stream().map(c -> ColourWorld.belief(minilm, c))
                    .toArray(float[][]::new);
            float[][] prompts = minilm.embed(ColourWorld.COLOURS.stream().map(Prompt.PHOTO::of).toList());
            int i = 0;
            for (ImagePrediction p : out.images()) {
                if (p.failed()) {
                    continue;
                }
                int colour = i++ / 3;
                assertThat(p.label()).isEqualTo(ColourWorld.COLOURS.get(colour));
                double[] expected = byHand(beliefs, prompts, colour);
                for (int y = 0; y < 4; y++) {
                    assertThat(p.scores().get(y)).isCloseTo(expected[y], within(1e-3 * Math.max(1, expected[y])));
                }
            }
        }
    }

    /** The ensemble by hand: b votes on red and yellow, a on green and blue; p = softmax(100·cos), w = 1/H₂. */
    private static double[] byHand(float[][] beliefs, float[][] prompts, int colour) {
        double[] pa = softmax100(ColourWorld.embedding(beliefs, "vlm-a", colour), prompts);
        double[] pb = softmax100(ColourWorld.embedding(beliefs, "vlm-b", colour), prompts);
        double wa = 1 / entropyBits(pa);
        double wb = 1 / entropyBits(pb);
        return new double[]{wb * pb[0], wb * pb[1], wa * pa[2], wa * pa[3]};
    }

    private static double[] softmax100(float[] image, float[][] texts) {
        double[] logits = new double[texts.length];
        for (int y = 0; y < texts.length; y++) {
            for (int d = 0; d < image.length; d++) {
                logits[y] += 100.0 * image[d] * texts[y][d];
            }
        }
        return EntropyWeightedEnsemble.softmax(logits);
    }

    private static double entropyBits(double[] p) {
        double h = 0;
        for (double v : p) {
            h -= Math.max(v, 1e-12) * Math.log(Math.max(v, 1e-12)) / Math.log(2);
        }
        return h;
    }

    @Test
    void label_codeVariantGloss_makesASeparateLabel() {
        labeler().labelAll();
        HubLabeler gloss = HubLabeler.builder().setHub(hub).setOpener(models).setStore(LabelStore.inHub(hub.directory()))
                .setGraph(world.graph).setImageRoot(world.home.resolve("data")).optNodeText(NodeText.GLOSS).build();
        assertThat(gloss.labelAll()).allMatch(o -> o.status() == HubLabeler.Status.LABELED
                && o.key().textVariant().equals("gloss"));
    }
}
