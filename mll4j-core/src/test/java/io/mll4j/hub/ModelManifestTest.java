package io.mll4j.hub;

import io.mll4j.image.Preprocessing;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelManifestTest {

    static ModelManifest expert(String id) {
        return ModelManifest.builder().setId(id).setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, "model.onnx"))
                .setPreprocessing(new Preprocessing(Preprocessing.ColorMode.GRAY, 28, true,
                        Preprocessing.Interpolation.BILINEAR, 0, 1f, new float[]{0f}, new float[]{1f},
                        Preprocessing.Layout.NCHW))
                .optLabels(List.of(new ClassLabel("0", "n13742358"), new ClassLabel("1", "n13742573")))
                .build();
    }

    @Test
    void jsonRoundTrip_fullManifest_equalsOriginal() throws Exception {
        ModelManifest vlm = ModelManifest.builder().setId("clip-vit-b-32").setKind(ModelKind.VLM)
                .addFile(new ModelFile(ModelFile.VISUAL, "visual.onnx", 12L, "a".repeat(64)))
                .addFile(new ModelFile(ModelFile.TEXTUAL, "towers/textual.onnx", 34L, "b".repeat(64)))
                .setPreprocessing(Preprocessing.clip(224))
                .optTokenizer(new TokenizerSpec(TokenizerSpec.Kind.CLIP_BPE, Map.of("contextLength", "77")))
                .optIoNames(Map.of("visual.input", "pixel_values"))
                .optCostProfile(new CostProfile(151_000_000L, 46L, 12.5))
                .optGeneralScore(0.63)
                .optProvenance(Provenance.now("open_clip", "MIT", null))
                .build();

        String json = Json.write(vlm);
        ModelManifest back = Json.mapper().readValue(json, ModelManifest.class);

        assertThat(back).isEqualTo(vlm);
        assertThat(back.preprocessing()).isEqualTo(Preprocessing.clip(224));
        assertThat(json).contains("\"clip-bpe\"").doesNotContain("textEncoder").doesNotContain("notes");
    }

    @Test
    void jsonRoundTrip_imagenetPreprocessing_keepsFloats() throws Exception {
        Preprocessing p = Preprocessing.imagenet(256, 224);

        Preprocessing back = Json.mapper().readValue(Json.write(p), Preprocessing.class);

        assertThat(back).isEqualTo(p);
    }

    @Test
    void build_invalidId_namesTheId() {
        assertThatThrownBy(() -> expert("My Model")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'My Model'");
        assertThatThrownBy(() -> expert("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_expertWithoutLabels_isRejected() {
        assertThatThrownBy(() -> expert("m").toBuilder().optLabels(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels");
    }

    @Test
    void build_duplicateLabel_namesTheLabel() {
        assertThatThrownBy(() -> expert("m").toBuilder()
                .optLabels(List.of(new ClassLabel("cat", null), new ClassLabel("cat", null))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cat'");
    }

    @Test
    void build_vlmWithoutTextTower_isRejected() {
        assertThatThrownBy(() -> ModelManifest.builder().setId("v").setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "image.onnx"))
                .setPreprocessing(Preprocessing.clip(224)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    }

    @Test
    void build_conseVlmWithLabelsAndTextEncoder_isAccepted() throws Exception {
        ModelManifest m = ModelManifest.builder().setId("conse").setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.CLASSIFIER, "model.onnx")).optTextEncoder("all-minilm-l6-v2-q")
                .optLabels(List.of(new ClassLabel("cat", "n02121620"), new ClassLabel("dog", "n02084071")))
                .setPreprocessing(Preprocessing.clip(224)).build();
        assertThat(m.file(ModelFile.CLASSIFIER)).isPresent();
        assertThat(m.isConse()).isTrue();
        String json = Json.write(m);
        assertThat(Json.mapper().readTree(json).has("conse")).as(json).isFalse();
        assertThat(Json.mapper().readValue(json, ModelManifest.class)).isEqualTo(m);
    }

    @Test
    void isConse_otherKinds_isFalse() {
        ModelManifest imageTower = ModelManifest.builder().setId("lit").setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "image.onnx")).optTextEncoder("all-minilm-l6-v2-q")
                .setPreprocessing(Preprocessing.clip(224)).build();
        assertThat(imageTower.isConse()).isFalse();
        assertThat(expert("m").isConse()).isFalse();
    }

    @Test
    void build_conseVlmWithoutLabels_isRejected() {
        assertThatThrownBy(() -> ModelManifest.builder().setId("conse").setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.CLASSIFIER, "model.onnx")).optTextEncoder("all-minilm-l6-v2-q")
                .setPreprocessing(Preprocessing.clip(224)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ConSE");
    }

    @Test
    void modelFile_pathLeavingTheEntry_isRejected() {
        assertThatThrownBy(() -> ModelFile.of("model", "../escape.onnx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../escape.onnx");
        assertThatThrownBy(() -> ModelFile.of("model", "/abs.onnx")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classLabel_malformedSynset_isRejected() {
        assertThatThrownBy(() -> new ClassLabel("zero", "13742358"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("13742358");
    }

    @Test
    void tokenizerKind_unknownId_isRejected() {
        assertThatThrownBy(() -> TokenizerSpec.Kind.fromId("sentencepiece"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sentencepiece");
    }
}
