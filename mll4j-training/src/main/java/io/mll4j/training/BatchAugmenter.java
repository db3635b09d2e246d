package io.mll4j.training;

import java.util.SplittableRandom;

/** Applies an {@link Augmentation} to one example in place; all randomness comes from the caller's generator. */
final class BatchAugmenter {
    private final Augmentation augmentation;
    private final InputShape shape;
    private final float[] scratch;

    BatchAugmenter(Augmentation augmentation, InputShape shape) {
        this.augmentation = augmentation;
        this.shape = shape;
        this.scratch = new float[shape.size()];
    }

    /** Augments the example stored at {@code data[offset .. offset + shape.size())}. */
    void apply(float[] data, int offset, SplittableRandom random) {
        if (!augmentation.enabled()) {
            return;
        }
        int pad = augmentation.cropPadding();
        // Draw all decisions first so that the random stream does not depend on which options are on.
        int dy = pad > 0 ? random.nextInt(2 * pad + 1) - pad : 0;
        int dx = pad > 0 ? random.nextInt(2 * pad + 1) - pad : 0;
        boolean flip = augmentation.horizontalFlip() && random.nextBoolean();
        if (dy == 0 && dx == 0 && !flip) {
            return;
        }
        int h = shape.height();
        int w = shape.width();
        for (int c = 0; c < shape.channels(); c++) {
            int plane = offset + c * h * w;
            for (int y = 0; y < h; y++) {
                int sy = y + dy;
                for (int x = 0; x < w; x++) {
                    int sx = (flip ? w - 1 - x : x) + dx;
                    scratch[c * h * w + y * w + x] = sy < 0 || sy >= h || sx < 0 || sx >= w ? 0f : data[plane + sy * w + sx];
                }
            }
        }
        System.arraycopy(scratch, 0, data, offset, shape.size());
    }
}
