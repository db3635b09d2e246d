package io.mll4j.training;

import java.util.SplittableRandom;

/**
 * Tiny seeded image problem for fast tests: class {@code k} of {@code classes} is a bright square at its own
 * position (on a grid) in one channel chosen by {@code k}, plus Gaussian noise; every image is jittered by up
 * to one pixel.
 */
record SyntheticImages(float[][] images, int[] labels) {

    static SyntheticImages generate(InputShape shape, int classes, int perClass, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = classes * perClass;
        float[][] images = new float[n][shape.size()];
        int[] labels = new int[n];
        int grid = (int) Math.ceil(Math.sqrt(classes));
        int cellH = shape.height() / grid;
        int cellW = shape.width() / grid;
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            labels[i] = k;
            float[] image = images[i];
            for (int p = 0; p < image.length; p++) {
                image[p] = (float) (random.nextGaussian() * 0.3);
            }
            int channel = k % shape.channels();
            int y0 = (k / grid) * cellH + random.nextInt(3) - 1;
            int x0 = (k % grid) * cellW + random.nextInt(3) - 1;
            for (int y = Math.max(0, y0); y < Math.min(shape.height(), y0 + cellH); y++) {
                for (int x = Math.max(0, x0); x < Math.min(shape.width(), x0 + cellW); x++) {
                    image[channel * shape.height() * shape.width() + y * shape.width() + x] += 1f;
                }
            }
        }
        return new SyntheticImages(images, labels);
    }
}
