package io.mll4j.image;

import io.mll4j.image.Preprocessing.ColorMode;
import io.mll4j.image.Preprocessing.Interpolation;
import io.mll4j.image.Preprocessing.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImagePreprocessorTest {

    /** Raw values out: grey, no normalisation. */
    private static Preprocessing gray(int resize, boolean exact, Interpolation f, int crop) {
        return new Preprocessing(ColorMode.GRAY, resize, exact, f, crop, 1f, new float[]{0}, new float[]{1},
                Layout.NCHW);
    }

    private static BufferedImage grayImage(int[][] rows) {
        BufferedImage image = new BufferedImage(rows[0].length, rows.length, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[0].length; x++) {
                image.getRaster().setSample(x, y, 0, rows[y][x]);
            }
        }
        return image;
    }

    private static BufferedImage rgbImage(int[]... pixels) {
        BufferedImage image = new BufferedImage(pixels.length, 1, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < pixels.length; x++) {
            image.setRGB(x, 0, pixels[x][0] << 16 | pixels[x][1] << 8 | pixels[x][2]);
        }
        return image;
    }

    @ParameterizedTest
    @EnumSource(value = Interpolation.class, names = {"BILINEAR", "BICUBIC"})
    void apply_shrink2x2To1x1_roundsAfterEachPassLikePil(Interpolation filter) {
        // Both filters give two equal taps (0.5, 0.5) here. Horizontal pass: (10+21)/2 = 15.5 -> 16,
        // (30+40)/2 = 35; vertical pass: (16+35)/2 = 25.5 -> 26 (a one-pass average would give 25.25 -> 25).
        // Pillow 9.4 Image.resize((1, 1)) gives 26 for both filters.
        float[] out = new ImagePreprocessor(gray(1, true, filter, 0)).apply(grayImage(new int[][]{{10, 21}, {30, 40}}));

        assertThat(out).containsExactly(26f);
    }

    @Test
    void apply_nearestShrink4To2_picksFloorOfScaledCentres() {
        // source index = floor((i + 0.5) * 4 / 2) = 1, 3
        float[] out = new ImagePreprocessor(gray(2, true, Interpolation.NEAREST, 0))
                .apply(grayImage(new int[][]{{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, 10, 11}, {12, 13, 14, 15}}));

        assertThat(out).containsExactly(5f, 7f, 13f, 15f);
    }

    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void apply_sameSize_keepsPixels(Interpolation filter) {
        int[][] rows = {{0, 50, 255}, {7, 128, 3}};
        float[] out = new ImagePreprocessor(gray(0, false, filter, 0)).apply(grayImage(rows));

        assertThat(out).containsExactly(0, 50, 255, 7, 128, 3);
    }

    @Test
    void apply_centreCrop_usesPythonHalfToEvenOffsets() {
        // 5x4 image, crop 2: left = round(1.5) = 2, top = round(1.0) = 1
        int[][] rows = new int[4][5];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                rows[y][x] = 10 * y + x;
            }
        }
        float[] out = new ImagePreprocessor(gray(0, false, Interpolation.BICUBIC, 2)).apply(grayImage(rows));

        assertThat(out).containsExactly(12, 13, 22, 23);
    }

    @Test
    void cropOffset_matchesTorchvisionRounding() {
        assertThat(ImagePreprocessor.cropOffset(225, 224)).isZero();     // round(0.5) = 0
        assertThat(ImagePreprocessor.cropOffset(227, 224)).isEqualTo(2); // round(1.5) = 2
        assertThat(ImagePreprocessor.cropOffset(298, 224)).isEqualTo(37);
        assertThat(ImagePreprocessor.cropOffset(1, 4)).isEqualTo(-1);    // padded: (4 - 1) // 2 on the left
    }

    @Test
    void apply_cropLargerThanImage_padsWithZeros() {
        float[] out = new ImagePreprocessor(gray(0, false, Interpolation.BILINEAR, 3))
                .apply(grayImage(new int[][]{{9}}));

        assertThat(out).containsExactly(0, 0, 0, 0, 9, 0, 0, 0, 0);
    }

    @Test
    void outputSize_shorterSideResize_truncatesLongerSide() {
        Preprocessing resizeOnly = new Preprocessing(ColorMode.RGB, 224, false, Interpolation.BICUBIC, 0, 1f,
                new float[3], new float[]{1, 1, 1}, Layout.NCHW);
        ImagePreprocessor p = new ImagePreprocessor(resizeOnly);

        assertThat(p.outputSize(300, 200)).containsExactly(336, 224);
        assertThat(p.outputSize(200, 341)).containsExactly(224, 381); // int(224 * 341 / 200) = int(381.92)
        assertThat(new ImagePreprocessor(Preprocessing.clip(224)).outputSize(640, 480)).containsExactly(224, 224);
    }

    @Test
    void apply_rgbToGray_usesPilFixedPointLuma() {
        // PIL L = (R*19595 + G*38470 + B*7471 + 0x8000) >> 16: green 255 -> 150, red 255 -> 76, (10,20,30) -> 18
        float[] out = new ImagePreprocessor(gray(0, false, Interpolation.BILINEAR, 0))
                .apply(rgbImage(new int[]{0, 255, 0}, new int[]{255, 0, 0}, new int[]{10, 20, 30}));

        assertThat(out).containsExactly(150, 76, 18);
    }

    @Test
    void apply_grayToRgb_replicatesRawValue() {
        Preprocessing rgbRaw = new Preprocessing(ColorMode.RGB, 0, false, Interpolation.BILINEAR, 0, 1f,
                new float[3], new float[]{1, 1, 1}, Layout.NCHW);
        float[] out = new ImagePreprocessor(rgbRaw).apply(grayImage(new int[][]{{100, 200}}));

        assertThat(out).containsExactly(100, 200, 100, 200, 100, 200);
    }

    @Test
    void apply_normalisation_scalesThenSubtractsMeanThenDividesByStd() {
        Preprocessing p = new Preprocessing(ColorMode.GRAY, 0, false, Interpolation.BILINEAR, 0, 1f / 255f,
                new float[]{0.5f}, new float[]{0.25f}, Layout.NCHW);
        float[] out = new ImagePreprocessor(p).apply(grayImage(new int[][]{{0, 255, 51}}));

        assertThat(out[0]).isCloseTo(-2f, within(1e-6f));
        assertThat(out[1]).isCloseTo(2f, within(1e-6f));
        assertThat(out[2]).isCloseTo((0.2f - 0.5f) / 0.25f, within(1e-6f));
    }

    @Test
    void apply_clipScale_dividesBy255LikeToTensorForBitIdenticalValues() {
        // torch: (58 / 255 - mean) / std in float32 = -0.94555384; multiplying by the float 1/255 gives -0.9455537
        Preprocessing p = new Preprocessing(ColorMode.GRAY, 0, false, Interpolation.BILINEAR, 0, 1f / 255f,
                new float[]{0.48145466f}, new float[]{0.26862954f}, Layout.NCHW);
        float[] out = new ImagePreprocessor(p).apply(grayImage(new int[][]{{58}}));

        assertThat(out[0]).isEqualTo((58 / 255f - 0.48145466f) / 0.26862954f).isEqualTo(-0.94555384f);
    }

    @Test
    void apply_layouts_placeChannelsFirstOrLast() {
        BufferedImage image = rgbImage(new int[]{1, 2, 3}, new int[]{4, 5, 6});
        float[] nchw = new ImagePreprocessor(rgbRaw(Layout.NCHW)).apply(image);
        float[] nhwc = new ImagePreprocessor(rgbRaw(Layout.NHWC)).apply(image);

        assertThat(nchw).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(nhwc).containsExactly(1, 2, 3, 4, 5, 6);
    }

    private static Preprocessing rgbRaw(Layout layout) {
        return new Preprocessing(ColorMode.RGB, 0, false, Interpolation.BILINEAR, 0, 1f, new float[3],
                new float[]{1, 1, 1}, layout);
    }

    @Test
    void applyBatch_sameSizes_concatenatesImages() {
        ImagePreprocessor p = new ImagePreprocessor(gray(1, true, Interpolation.BILINEAR, 0));

        float[] out = p.applyBatch(List.of(grayImage(new int[][]{{10, 21}, {30, 40}}), grayImage(new int[][]{{7}})));

        assertThat(out).containsExactly(26, 7);
    }

    @Test
    void applyBatch_differentSizesWithoutCrop_throwsNamingTheImage() {
        ImagePreprocessor p = new ImagePreprocessor(gray(0, false, Interpolation.BILINEAR, 0));

        assertThatThrownBy(() -> p.applyBatch(List.of(grayImage(new int[][]{{1}}), grayImage(new int[][]{{1, 2}}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image 1 gives 2x1");
    }
}
