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
