package io.mll4j.training;

/**
 * Shape of one input image, channels first (the ONNX input is {@code [N, channels, height, width]}).
 *
 * @param channels colour channels (1 grey, 3 RGB)
 * @param height   rows
 * @param width    columns
 */
public record InputShape(int channels, int height, int width) {
    public InputShape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("input shape must be positive, got " + channels + "x" + height + "x" + width);
        }
    }

    /** Floats per example: {@code channels * height * width}. */
    public int size() {
        return channels * height * width;
    }
}
