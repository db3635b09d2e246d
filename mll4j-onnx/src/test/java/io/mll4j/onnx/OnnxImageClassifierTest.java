package io.mll4j.onnx;

import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.Preprocessing;
import io.mll4j.image.Preprocessing.ColorMode;
import io.mll4j.image.Preprocessing.Interpolation;
import io.mll4j.image.Preprocessing.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class OnnxImageClassifierTest {
    private static final Preprocessing GRAY_2 = new Preprocessing(ColorMode.GRAY, 2, true, Interpolation.BILINEAR,
            0, 1f / 255f, new float[]{0}, new float[]{1}, Layout.NCHW);
    private static final List<String> LABELS = List.of("cat", "dog", "fox");
    private static final float[] W = TinyModels.weights(12, 11);
    private static final float[] B = TinyModels.weights(3, 12);

    @TempDir
    Path dir;

    private static BufferedImage gray(int a, int b, int c, int d) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setPixels(0, 0, 2, 2, new int[]{a, b, c, d});
        return image;
    }

    private static float[] expected(int a, int b, int c, int d) {
        return TinyModels.linear(new float[]{a / 255f, b / 255f, c / 255f, d / 255f}, W, B);
    }

    private OnnxImageClassifier classifier(int modelBatch, int batchSize) {
        Path model = TinyModels.linearClassifier(dir.resolve("clf" + modelBatch + ".onnx"), modelBatch, 1, 2, W, B);
        return OnnxImageClassifier.builder().setModelPath(model).setLabels(LABELS).setPreprocessing(GRAY_2)
                .optBatchSize(batchSize).optThreads(1).build();
    }

    @Test
    void logits_threeImagesInBatchesOfTwo_equalJavaComputation() {
        try (OnnxImageClassifier clf = classifier(-1, 2)) {
            float[][] logits = clf.logits(List.of(gray(0, 255, 10, 20), gray(7, 7, 7, 7), gray(200, 0, 0, 90)));

            assertThat(clf.labels()).isEqualTo(LABELS);
            assertThat(logits[0]).containsExactly(expected(0, 255, 10, 20), offset(1e-5f));
            assertThat(logits[1]).containsExactly(expected(7, 7, 7, 7), offset(1e-5f));
            assertThat(logits[2]).containsExactly(expected(200, 0, 0, 90), offset(1e-5f));
        }
    }

    @Test
    void logits_modelWithFixedBatchOfOne_runsImagesOneByOne() {
        try (OnnxImageClassifier clf = classifier(1, 32)) {
            float[][] logits = clf.logits(List.of(gray(1, 2, 3, 4), gray(250, 5, 60, 0)));

            assertThat(clf.input().shape()).containsExactly(1, 1, 2, 2);
            assertThat(logits[0]).containsExactly(expected(1, 2, 3, 4), offset(1e-5f));
            assertThat(logits[1]).containsExactly(expected(250, 5, 60, 0), offset(1e-5f));
        }
    }

    @Test
    void logits_modelWithFixedBatchOfTwo_padsTheLastChunk() {
        try (OnnxImageClassifier clf = classifier(2, 32)) {
            float[][] logits = clf.logits(List.of(gray(1, 2, 3, 4), gray(9, 8, 7, 6), gray(100, 0, 0, 0)));

            assertThat(logits).hasNumberOfRows(3);
            assertThat(logits[2]).containsExactly(expected(100, 0, 0, 0), offset(1e-5f));
        }
    }

    @Test
    void build_moreLabelsThanLogits_throwsNamingExpectedAndActualShape() {
        Path model = TinyModels.linearClassifier(dir.resolve("three.onnx"), -1, 1, 2, W, B);

        assertThatThrownBy(() -> OnnxImageClassifier.builder().setModelPath(model)
                .setLabels(List.of("a", "b", "c", "d")).setPreprocessing(GRAY_2).build())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(model.toString())
                .hasMessageContaining("'logits' FLOAT [N, 3]")
                .hasMessageContaining("expected [N, 4]");
    }

    @Test
    void build_rgbPreprocessingForGrayModel_throwsNamingTheInput() {
        Path model = TinyModels.linearClassifier(dir.resolve("gray.onnx"), -1, 1, 2, W, B);
        Preprocessing rgb = new Preprocessing(ColorMode.RGB, 2, true, Interpolation.BILINEAR, 0, 1f,
                new float[3], new float[]{1, 1, 1}, Layout.NCHW);

        assertThatThrownBy(() -> OnnxImageClassifier.builder().setModelPath(model).setLabels(LABELS)
                .setPreprocessing(rgb).build())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("'pixels' FLOAT [N, 1, 2, 2]")
                .hasMessageContaining("expected [N, 3, H, W]");
    }

    @Test
    void build_preprocessingOfAnotherSize_throws() {
        Path model = TinyModels.linearClassifier(dir.resolve("size.onnx"), -1, 1, 2, W, B);
        Preprocessing three = new Preprocessing(ColorMode.GRAY, 3, true, Interpolation.BILINEAR, 0, 1f,
                new float[1], new float[]{1}, Layout.NCHW);

        assertThatThrownBy(() -> OnnxImageClassifier.builder().setModelPath(model).setLabels(LABELS)
                .setPreprocessing(three).build())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("gives 3x3 images");
    }

    @Test
    void build_missingLabels_namesTheField() {
        assertThatThrownBy(() -> OnnxImageClassifier.builder().setModelPath(dir.resolve("x.onnx"))
                .setPreprocessing(GRAY_2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels");
    }

    @Test
    void close_twice_isHarmless() {
        OnnxImageClassifier clf = classifier(-1, 4);
        clf.close();
        clf.close();

        assertThatThrownBy(() -> clf.logits(List.of(gray(1, 1, 1, 1)))).isInstanceOf(IllegalStateException.class);
    }
}
