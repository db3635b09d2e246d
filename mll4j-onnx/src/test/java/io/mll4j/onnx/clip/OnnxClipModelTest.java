package io.mll4j.onnx.clip;

import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.ImagePreprocessor;
import io.mll4j.image.Preprocessing;
import io.mll4j.model.TextEmbedder;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.TinyModels;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class OnnxClipModelTest {
    private static final int SIDE = 4;
    private static final int WIDTH = 3;
    private static final int DIM = 5;
    private static final float[] IMAGE_W = TinyModels.weights(3 * SIDE * SIDE * DIM, 21);
    private static final float[] EMBED = TinyModels.weights(TinyModels.VOCAB * WIDTH, 22);
    private static final float[] PROJ = TinyModels.weights(WIDTH * DIM, 23);
    /** A home-grown tokenizer: one id per character, then EOT, padded to 8. */
    private static final TextTokenizer CHARS = text -> {
        long[] ids = new long[8];
        ids[0] = ClipBpeTokenizer.START_OF_TEXT;
        int n = Math.min(text.length(), 6);
        for (int i = 0; i < n; i++) {
            ids[i + 1] = text.charAt(i);
        }
        ids[n + 1] = ClipBpeTokenizer.END_OF_TEXT;
        return ids;
    };

    @TempDir
    Path dir;

    private static BufferedImage picture(Color left, Color right, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(right);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return image;
    }

    private static float[] expectedImage(BufferedImage image) {
        float[] x = new ImagePreprocessor(Preprocessing.clip(SIDE)).apply(image);
        return TinyModels.unit(TinyModels.linear(x, IMAGE_W, new float[DIM]));
    }

    private static float[] expectedText(long[] ids) {
        return TinyModels.unit(TinyModels.text(ids, EMBED, WIDTH, PROJ, DIM));
    }

    private OnnxClipModel.Builder builder(ElementType ids, int context) {
        return OnnxClipModel.builder()
                .setImageModelPath(TinyModels.imageTower(dir.resolve("visual.onnx"), SIDE, IMAGE_W, DIM))
                .setTextModelPath(TinyModels.textTower(dir.resolve("textual-" + ids + ".onnx"), ids, context,
                        EMBED, WIDTH, PROJ, DIM))
                .optThreads(1);
    }

    @ParameterizedTest
    @EnumSource(value = ElementType.class, names = {"INT64", "INT32"})
    void encodeTexts_customTokenizerEitherIdType_equalsJavaReference(ElementType type) {
        try (VisionLanguageModel model = builder(type, 8).optTokenizer(CHARS).optBatchSize(2).build()) {
            List<String> texts = List.of("cat", "a dog", "", "zebra!");
            float[][] out = model.encodeTexts(texts);

            for (int i = 0; i < texts.size(); i++) {
                assertThat(out[i]).containsExactly(expectedText(CHARS.tokenize(texts.get(i))), offset(1e-5f));
            }
        }
    }

    @Test
    void encodeImages_defaultClipPreprocessingAtModelSize_equalsJavaReference() {
        BufferedImage a = picture(Color.RED, Color.BLUE, 40, 30);
        BufferedImage b = picture(Color.WHITE, Color.DARK_GRAY, 9, 17);
        try (VisionLanguageModel model = builder(ElementType.INT64, 8).optTokenizer(CHARS).build()) {
            float[][] out = model.encodeImages(List.of(a, b));

            assertThat(model.dimension()).isEqualTo(DIM);
            assertThat(out[0]).containsExactly(expectedImage(a), offset(1e-5f));
            assertThat(out[1]).containsExactly(expectedImage(b), offset(1e-5f));
        }
    }

    @Tag("data")
    @Test
    void encodeTexts_defaultClipTokenizer_poolsAtEndOfTextLikeJavaReference() {
        ClipBpeTokenizer bpe = ClipBpeTokenizer.load();
        try (VisionLanguageModel model = builder(ElementType.INT64, 77).build()) {
            float[][] out = model.encodeTexts(List.of("a photo of a cat", "A photo of a DOG."));

            assertThat(out[0]).containsExactly(expectedText(bpe.tokenize("a photo of a cat")), offset(1e-5f));
            assertThat(out[1]).containsExactly(expectedText(bpe.tokenize("A photo of a DOG.")), offset(1e-5f));
            assertThat(out[0]).isNotEqualTo(out[1]);
        }
    }

    @Test
    void build_tokenizerLengthDiffersFromModel_throwsNamingBoth() {
        assertThatThrownBy(() -> builder(ElementType.INT64, 77).optTokenizer(CHARS).build())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("wants 77 token ids per text but the tokenizer gives 8");
    }

    @Test
    void build_floatTextInput_throwsExpectingTokenIds() {
        Path visual = TinyModels.imageTower(dir.resolve("v.onnx"), SIDE, IMAGE_W, DIM);

        assertThatThrownBy(() -> OnnxClipModel.builder().setImageModelPath(visual).setTextModelPath(visual)
                .optTokenizer(CHARS).build())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("expected int64 or int32 token ids [N, L]");
    }

    @Test
    void twoTowerModel_onnxImageTowerWithSentenceEmbedder_normalisesBothSides() {
        TextEmbedder fixed = new TextEmbedder() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public int dimension() {
                return DIM;
            }

            @Override
            public float[][] embed(List<String> texts) {
                return texts.stream().map(t -> new float[]{t.length(), 0, 0, 0, 1}).toArray(float[][]::new);
            }

            @Override
            public void close() {
            }
        };
        Path visual = TinyModels.imageTower(dir.resolve("v.onnx"), SIDE, IMAGE_W, DIM);
        io.mll4j.onnx.OnnxImageRunner runner = new io.mll4j.onnx.OnnxImageRunner(
                io.mll4j.onnx.OnnxModelRunner.open(visual, 1), Preprocessing.clip(SIDE), null, null, 8);
        BufferedImage image = picture(Color.GREEN, Color.BLACK, 8, 8);
        try (VisionLanguageModel model = new TwoTowerModel(new OnnxImageTower(runner), TextTower.of(fixed))) {
            assertThat(model.encodeTexts(List.of("abc"))[0])
                    .containsExactly(TinyModels.unit(new float[]{3, 0, 0, 0, 1}), offset(1e-6f));
            assertThat(model.encodeImages(List.of(image))[0]).containsExactly(expectedImage(image), offset(1e-5f));
        }
    }

    @Test
    void close_twice_isHarmless() {
        VisionLanguageModel model = builder(ElementType.INT32, 8).optTokenizer(CHARS).build();
        model.close();
        model.close();

        assertThatThrownBy(() -> model.encodeTexts(List.of("x"))).isInstanceOf(IllegalStateException.class);
    }
}
