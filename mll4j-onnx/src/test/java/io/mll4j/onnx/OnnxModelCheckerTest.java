package io.mll4j.onnx;

import io.mll4j.exception.ModelLoadException;
import io.mll4j.hub.CheckResult;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.image.Preprocessing;
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

class OnnxModelCheckerTest {
    static final Preprocessing GRAY_8 = new Preprocessing(Preprocessing.ColorMode.GRAY, 8, true,
            Preprocessing.Interpolation.BILINEAR, 0, 1f, new float[]{0f}, new float[]{1f}, Preprocessing.Layout.NCHW);
    static final Preprocessing RGB_8 = new Preprocessing(Preprocessing.ColorMode.RGB, 8, false,
            Preprocessing.Interpolation.BICUBIC, 8, 1f / 255f, new float[]{0.5f, 0.5f, 0.5f},
            new float[]{0.5f, 0.5f, 0.5f}, Preprocessing.Layout.NCHW);

    @TempDir
    Path dir;
    final OnnxModelChecker checker = OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(3).build();

    static ModelManifest expert(String file, int labels, Preprocessing p) {
        return ModelManifest.builder().setId("tiny").setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, file)).setPreprocessing(p)
                .optLabels(IntStream.range(0, labels).mapToObj(i -> new ClassLabel("c" + i, null)).toList())
                .build();
    }

    private ModelManifest vlm() {
        return ModelManifest.builder().setId("tiny-vlm").setKind(ModelKind.VLM).setPreprocessing(RGB_8)
                .addFile(ModelFile.of(ModelFile.VISUAL, "visual.onnx"))
                .addFile(ModelFile.of(ModelFile.TEXTUAL, "textual.onnx")).build();
    }

    @Test
    void check_fittingExpert_countsParamsAndTimes() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 8, 3);

        CheckResult r = checker.check(expert("m.onnx", 3, GRAY_8), dir);

        assertThat(r.params()).isEqualTo(1L * 8 * 8 * 3 + 3);
        assertThat(r.msPerImage()).isPositive();
        assertThat(r.ioNames()).containsEntry("model.input", "image").containsEntry("model.output", "logits");
    }

    @Test
    void check_conseVlm_checksItsClassifierLikeAnExpert() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 8, 3);
        ModelManifest conse = expert("m.onnx", 3, GRAY_8).toBuilder().setKind(ModelKind.VLM)
                .setFiles(List.of(ModelFile.of(ModelFile.CLASSIFIER, "m.onnx"))).optTextEncoder("all-minilm-l6-v2-q")
                .build();

        CheckResult r = checker.check(conse, dir);

        assertThat(r.params()).isEqualTo(1L * 8 * 8 * 3 + 3);
        assertThat(r.ioNames()).containsEntry("classifier.output", "logits");
        assertThatThrownBy(() -> checker.check(conse.toBuilder().optLabels(conse.labels().subList(0, 2)).build(), dir))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("[N, 2]");
    }

    @Test
    void check_wrongOutputWidth_namesExpectedAndActual() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 8, 3);

        assertThatThrownBy(() -> checker.check(expert("m.onnx", 2, GRAY_8), dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("m.onnx").hasMessageContaining("[-1, 3]").hasMessageContaining("[N, 2]");
    }

    @Test
    void check_channelsDoNotFitPreprocessing_namesBoth() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 8, 3);

        assertThatThrownBy(() -> checker.check(expert("m.onnx", 3, RGB_8), dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("[-1, 1, 8, 8]").hasMessageContaining("[N, 3, 8, 8]");
    }

    @Test
    void check_sizeDoesNotFitPreprocessing_isRejected() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 6, 3);

        assertThatThrownBy(() -> checker.check(expert("m.onnx", 3, GRAY_8), dir))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("[N, 1, 8, 8]");
    }

    @Test
    void check_emptyFile_namesTheFile() throws IOException {
        Files.createFile(dir.resolve("empty.onnx"));

        assertThatThrownBy(() -> checker.check(expert("empty.onnx", 3, GRAY_8), dir))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("empty.onnx").hasMessageContaining("0 bytes");
    }

    @Test
    void check_notOnnx_namesTheFile() throws IOException {
        Files.writeString(dir.resolve("text.onnx"), "this is not a protobuf");

        assertThatThrownBy(() -> checker.check(expert("text.onnx", 3, GRAY_8), dir))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("text.onnx")
                .hasMessageContaining("not a loadable ONNX model");
    }

    @Test
    void check_vlmWithMatchingTowers_sumsParams() throws IOException {
        TinyOnnx.linear(dir.resolve("visual.onnx"), 3, 8, 6);
        TinyOnnx.textTower(dir.resolve("textual.onnx"), 50, 5, 6);

        CheckResult r = checker.check(vlm(), dir);

        assertThat(r.params()).isEqualTo(3L * 8 * 8 * 6 + 6 + 50 * 6);
        assertThat(r.ioNames()).containsEntry("visual.input", "image").containsEntry("textual.output", "text_embeds");
    }

    @Test
    void check_vlmWithDifferentDimensions_namesBoth() throws IOException {
        TinyOnnx.linear(dir.resolve("visual.onnx"), 3, 8, 6);
        TinyOnnx.textTower(dir.resolve("textual.onnx"), 50, 5, 4);

        assertThatThrownBy(() -> checker.check(vlm(), dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("6-d").hasMessageContaining("4-d");
    }

    @Test
    void check_imageTowerWithKnownTextEncoder_comparesDimension() throws IOException {
        TinyOnnx.linear(dir.resolve("image.onnx"), 3, 8, 6);
        ModelManifest m = ModelManifest.builder().setId("frozen-text").setKind(ModelKind.VLM).setPreprocessing(RGB_8)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "image.onnx")).optTextEncoder("all-minilm-l6-v2-q").build();
        OnnxModelChecker withEncoder = OnnxModelChecker.builder().optWarmupRuns(0).optTimedRuns(1)
                .optTextEncoderDimension("all-minilm-l6-v2-q", 384).build();

        assertThatThrownBy(() -> withEncoder.check(m, dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("384-d").hasMessageContaining("all-minilm-l6-v2-q");
    }

    @Test
    void check_declaredIoNameMissing_listsTheModelsNames() throws IOException {
        TinyOnnx.linear(dir.resolve("m.onnx"), 1, 8, 3);
        ModelManifest m = expert("m.onnx", 3, GRAY_8).toBuilder().optIoNames(Map.of("model.output", "probs")).build();

        assertThatThrownBy(() -> checker.check(m, dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("'probs'").hasMessageContaining(List.of("logits").toString());
    }
}
