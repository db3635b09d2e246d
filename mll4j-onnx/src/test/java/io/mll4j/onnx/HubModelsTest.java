package io.mll4j.onnx;

import io.mll4j.exception.ModelLoadException;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.TokenizerSpec;
import io.mll4j.image.Preprocessing;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;
import io.mll4j.onnx.clip.ClipBpeTokenizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class HubModelsTest {
    private static final String MINILM = "all-minilm-l6-v2-q";
    private static final int SIDE = 4;
    private static final Path MODELS = Path.of(System.getProperty("mll4j.repo.root", ".."), "data", "models");

    @TempDir
    Path dir;

    private HubEntry tower(String id, int dim, String encoder) {
        Path entry = dir.resolve(id);
        TinyModels.imageTower(entry.resolve("tower.onnx"), SIDE, TinyModels.weights(3 * SIDE * SIDE * dim, 7), dim);
        ModelManifest m = ModelManifest.builder().setId(id).setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "tower.onnx")).setPreprocessing(Preprocessing.clip(SIDE))
                .optTextEncoder(encoder).build();
        return new HubEntry(m, entry);
    }

    @Test
    void vlm_imageTowerWithTextEncoder_usesTheSharedCachedEncoderAsTextTower() {
        try (HubModels models = HubModels.builder().optTextCacheDir(dir.resolve("cache")).build()) {
            VisionLanguageModel vlm = models.vlm(tower("lit", 384, MINILM));
            float[] text = vlm.encodeTexts(List.of("a red square"))[0];
            assertThat(text).containsExactly(models.textEncoder(MINILM).embed(List.of("a red square"))[0],
                    offset(1e-6f));
            assertThat(vlm.dimension()).isEqualTo(384);
            assertThat(dir.resolve("cache").resolve(MINILM)).isDirectory();
        }
    }

    @Test
    void vlm_closingTheHandedOutModel_leavesTheSharedOneOpenUntilTheOpenerCloses() {
        HubEntry entry = tower("lit", 384, MINILM);
        HubModels models = HubModels.builder().build();
        VisionLanguageModel first = models.vlm(entry);
        first.close();
        assertThat(models.vlm(entry).encodeTexts(List.of("still open"))).hasNumberOfRows(1);
        models.close();
        models.close();
        assertThatThrownBy(() -> models.vlm(entry)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void vlm_unknownTextEncoder_failsNamingItAndTheKnownOnes() {
        try (HubModels models = HubModels.builder().build()) {
            assertThatThrownBy(() -> models.vlm(tower("odd", 384, "no-such-encoder")))
                    .isInstanceOf(ModelLoadException.class).hasMessageContaining("no-such-encoder")
                    .hasMessageContaining(MINILM);
        }
    }

    @Test
    void vlm_towerDimensionDiffersFromEncoder_failsNamingBoth() {
        try (HubModels models = HubModels.builder().build()) {
            assertThatThrownBy(() -> models.vlm(tower("small", 5, MINILM))).isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining("5-d").hasMessageContaining("384-d");
        }
    }

    @Test
    void classifierAndVlm_expertEntry_opensOnlyAsClassifier() throws IOException {
        Path entryDir = Files.createDirectories(dir.resolve("mnist"));
        Files.copy(MODELS.resolve("mnist.onnx"), entryDir.resolve("mnist.onnx"));
        Preprocessing grey = new Preprocessing(Preprocessing.ColorMode.GRAY, 28, true,
                Preprocessing.Interpolation.BILINEAR, 0, 1f, new float[]{0}, new float[]{1}, Preprocessing.Layout.NCHW);
        ModelManifest m = ModelManifest.builder().setId("mnist").setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, "mnist.onnx")).setPreprocessing(grey)
                .optLabels(IntStream.range(0, 10).mapToObj(i -> new ClassLabel(Integer.toString(i), null)).toList())
                .build();
        HubEntry entry = new HubEntry(m, entryDir);
        try (HubModels models = HubModels.builder().build()) {
            assertThat(models.classifier(entry).labels()).hasSize(10);
            assertThatThrownBy(() -> models.vlm(entry)).isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining("EXPERT");
        }
    }

    private HubEntry conse(String id, TokenizerSpec spec) throws IOException {
        Path entryDir = Files.createDirectories(dir.resolve(id));
        Files.copy(MODELS.resolve("mnist.onnx"), entryDir.resolve("mnist.onnx"));
        Preprocessing grey = new Preprocessing(Preprocessing.ColorMode.GRAY, 28, true,
                Preprocessing.Interpolation.BILINEAR, 0, 1f, new float[]{0}, new float[]{1}, Preprocessing.Layout.NCHW);
        ModelManifest m = ModelManifest.builder().setId(id).setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.CLASSIFIER, "mnist.onnx")).setPreprocessing(grey).optTokenizer(spec)
                .optTextEncoder(MINILM)
                .optLabels(IntStream.range(0, 10).mapToObj(i -> new ClassLabel(Integer.toString(i), null)).toList())
                .build();
        return new HubEntry(m, entryDir);
    }

    @Test
    void vlm_conseClassifier_embedsImagesAsTheTopKWeightedLabelTexts() throws IOException {
        HubEntry entry = conse("conse-mnist", new TokenizerSpec(TokenizerSpec.Kind.TEXT_ENCODER,
                Map.of("composite", "conse", "topK", "2", "labelTemplate", "the digit %s")));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(28, 28,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 4; y < 24; y++) {
            image.getRaster().setSample(14, y, 0, 255); // a vertical stroke
        }
        try (HubModels models = HubModels.builder().build();
             OnnxImageClassifier direct = OnnxImageClassifier.builder().setModelPath(entry.directory()
                     .resolve("mnist.onnx")).setLabels(IntStream.range(0, 10).mapToObj(Integer::toString).toList())
                     .setPreprocessing(entry.manifest().preprocessing()).build()) {
            VisionLanguageModel vlm = models.vlm(entry);
            float[] got = vlm.encodeImages(List.of(image))[0];
            // by hand: softmax of the logits, the two most probable labels, their texts' embeddings weighted by p
            float[] logits = direct.logits(List.of(image))[0];
            double max = Double.NEGATIVE_INFINITY;
            for (float v : logits) {
                max = Math.max(max, v);
            }
            double[] p = new double[logits.length];
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.exp(logits[i] - max);
                sum += p[i];
            }
            Integer[] order = IntStream.range(0, 10).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
            float[][] texts = models.textEncoder(MINILM).embed(List.of("the digit " + order[0], "the digit " + order[1]));
            float[] expected = new float[texts[0].length];
            for (int j = 0; j < 2; j++) {
                for (int d = 0; d < expected.length; d++) {
                    expected[d] += (float) (p[order[j]] / sum) * texts[j][d];
                }
            }
            assertThat(got).containsExactly(TinyModels.unit(expected), offset(1e-4f));
            assertThat(vlm.encodeTexts(List.of("seven"))[0]).containsExactly(
                    models.textEncoder(MINILM).embed(List.of("seven"))[0], offset(1e-6f));
        }
    }

    @Test
    void vlm_classifierWithoutConseSettings_failsNamingWhatIsNeeded() throws IOException {
        HubEntry entry = conse("odd", null);
        try (HubModels models = HubModels.builder().build()) {
            assertThatThrownBy(() -> models.vlm(entry)).isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining("composite: conse");
        }
    }

    @Test
    @Tag("data")
    void vlm_clipStyleTowers_tokenizeWithClipBpeAtTheManifestsContextLength() {
        int width = 3;
        int dim = 5;
        float[] e = TinyModels.weights(TinyModels.VOCAB * width, 22);
        float[] proj = TinyModels.weights(width * dim, 23);
        Path entry = dir.resolve("clip");
        TinyModels.imageTower(entry.resolve("visual.onnx"), SIDE, TinyModels.weights(3 * SIDE * SIDE * dim, 21), dim);
        TinyModels.textTower(entry.resolve("textual.onnx"), ElementType.INT64, -1, e, width, proj, dim);
        ModelManifest m = ModelManifest.builder().setId("clip").setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.VISUAL, "visual.onnx"))
                .addFile(ModelFile.of(ModelFile.TEXTUAL, "textual.onnx")).setPreprocessing(Preprocessing.clip(SIDE))
                .optTokenizer(new TokenizerSpec(TokenizerSpec.Kind.CLIP_BPE, Map.of("contextLength", "16"))).build();
        try (HubModels models = HubModels.builder().build()) {
            float[] got = models.vlm(new HubEntry(m, entry)).encodeTexts(List.of("a photo of a cat"))[0];
            long[] ids = ClipBpeTokenizer.load().withContextLength(16).tokenize("a photo of a cat");
            assertThat(got).containsExactly(TinyModels.unit(TinyModels.text(ids, e, width, proj, dim)), offset(1e-5f));
        }
    }
}
