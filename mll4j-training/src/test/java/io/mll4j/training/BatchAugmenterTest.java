package io.mll4j.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BatchAugmenterTest {
    private static final InputShape SHAPE = new InputShape(2, 3, 4);

    private static float[] ramp() {
        float[] image = new float[SHAPE.size()];
        for (int i = 0; i < image.length; i++) {
            image[i] = i + 1;
        }
        return image;
    }

    @Test
    void apply_none_leavesImageAlone() {
        float[] image = ramp();
        new BatchAugmenter(Augmentation.NONE, SHAPE).apply(image, 0, new SplittableRandom(1));
        assertThat(image).isEqualTo(ramp());
    }

    @Test
    void apply_flipOnly_givesOriginalOrMirrorOfEveryRow() {
        BatchAugmenter augmenter = new BatchAugmenter(new Augmentation(0, true), SHAPE);
        SplittableRandom random = new SplittableRandom(2);
        int mirrored = 0;
        for (int trial = 0; trial < 20; trial++) {
            float[] image = ramp();
            augmenter.apply(image, 0, random);
            if (image[0] != 1f) {
                mirrored++;
                // row 0 of channel 0 was 1 2 3 4
                assertThat(java.util.Arrays.copyOfRange(image, 0, 4)).containsExactly(4f, 3f, 2f, 1f);
                // row 2 of channel 1 was 21 22 23 24
                assertThat(java.util.Arrays.copyOfRange(image, 20, 24)).containsExactly(24f, 23f, 22f, 21f);
            } else {
                assertThat(image).isEqualTo(ramp());
            }
        }
        assertThat(mirrored).isBetween(1, 19);
    }

    @Test
    void apply_cropPadding_shiftsContentAndFillsZeros() {
        BatchAugmenter augmenter = new BatchAugmenter(new Augmentation(1, false), SHAPE);
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 30; trial++) {
            float[] image = ramp();
            augmenter.apply(image, 0, random);
            // every value is 0 or comes from the same channel of the original, and the shift is at most 1 pixel
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < 3; y++) {
                    for (int x = 0; x < 4; x++) {
                        float v = image[c * 12 + y * 4 + x];
                        if (v != 0f) {
                            int source = (int) v - 1;
                            assertThat(source / 12).isEqualTo(c);
                            assertThat(Math.abs(source % 12 / 4 - y)).isLessThanOrEqualTo(1);
                            assertThat(Math.abs(source % 4 - x)).isLessThanOrEqualTo(1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void apply_sameSeed_sameResult_atAnOffset() {
        Augmentation augmentation = new Augmentation(2, true);
        float[] a = new float[SHAPE.size() * 2];
        float[] b = new float[SHAPE.size() * 2];
        System.arraycopy(ramp(), 0, a, SHAPE.size(), SHAPE.size());
        System.arraycopy(ramp(), 0, b, SHAPE.size(), SHAPE.size());
        new BatchAugmenter(augmentation, SHAPE).apply(a, SHAPE.size(), new SplittableRandom(9));
        new BatchAugmenter(augmentation, SHAPE).apply(b, SHAPE.size(), new SplittableRandom(9));
        assertThat(a).isEqualTo(b);
        assertThat(java.util.Arrays.copyOfRange(a, 0, SHAPE.size())).containsOnly(0f);
    }
}
