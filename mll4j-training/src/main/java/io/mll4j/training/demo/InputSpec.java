package io.mll4j.training.demo;

import io.mll4j.image.Preprocessing;
import io.mll4j.image.Preprocessing.ColorMode;
import io.mll4j.training.InputShape;

import java.util.Arrays;
import java.util.Objects;

/**
 * The input a demo model reads: colour mode and square side. Every source image (32×32 RGB CIFAR-10, 28×28 grey
 * Fashion-MNIST and MNIST) is converted (PIL {@code convert}), resized to {@code size × size} (bilinear,
 * antialiased, aspect ignored), scaled to [0, 1] and normalised with mean 0.5 and standard deviation 0.25 per
 * channel. Training tensors come from the same {@link io.mll4j.image.ImagePreprocessor} as ONNX inference, so both
 * see identical pixels.
 *
 * @param color RGB or GRAY
 * @param size  side in pixels
 */
public record InputSpec(ColorMode color, int size) {
    private static final float MEAN = 0.5f;
    private static final float STD = 0.25f;

    public InputSpec {
        Objects.requireNonNull(color, "color");
        if (size < 4 || size > 256) {
            throw new IllegalArgumentException("input size must be in [4, 256], got " + size);
        }
    }

    /** The preprocessing written into the model's manifest. */
    public Preprocessing preprocessing() {
        int channels = color == ColorMode.RGB ? 3 : 1;
        float[] mean = new float[channels];
        float[] std = new float[channels];
        Arrays.fill(mean, MEAN);
        Arrays.fill(std, STD);
        return new Preprocessing(color, size, true, Preprocessing.Interpolation.BILINEAR, 0, 1f / 255f, mean, std,
                Preprocessing.Layout.NCHW);
    }

    /** The network input shape. */
    public InputShape shape() {
        return new InputShape(color == ColorMode.RGB ? 3 : 1, size, size);
    }
}
