package io.mll4j.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a model wants its input image, described by data so that a model's manifest can carry it
 * (as DJL's zoo metadata and CLIP's preprocess config do). Applied in this order:
 * colour conversion, resize, centre crop, scale, normalise, layout.
 *
 * @param color         channels the model reads: {@link ColorMode#RGB} (3) or {@link ColorMode#GRAY} (1)
 * @param resize        target size of the <em>shorter</em> side, aspect kept ({@code 0}: no resize); with
 *                      {@code exactResize} both sides are set to this size
 * @param exactResize   {@code true}: resize to {@code resize × resize} ignoring aspect (MNIST-style inputs)
 * @param interpolation resampling filter; {@link Interpolation#BICUBIC} matches CLIP's PIL preprocessing
 * @param cropSize      centre crop to {@code cropSize × cropSize} ({@code 0}: no crop)
 * @param scale         factor applied to raw 0–255 values first (CLIP: 1/255; mnist.onnx: 1)
 * @param mean          per-channel mean subtracted after scaling (length = channels)
 * @param std           per-channel standard deviation divided after the mean
 * @param layout        tensor layout of the model input ({@code NCHW} or {@code NHWC})
 */
public record Preprocessing(ColorMode color, int resize, boolean exactResize, Interpolation interpolation,
                            int cropSize, float scale, float[] mean, float[] std, Layout layout) {

    /** Channels of the model input. */
    public enum ColorMode { RGB, GRAY }

    /** Resampling filters (PIL semantics, antialiased when shrinking). */
    public enum Interpolation { NEAREST, BILINEAR, BICUBIC }

    /** Tensor layouts. */
    public enum Layout { NCHW, NHWC }

    /** OpenAI CLIP's preprocessing: bicubic shorter side → 224, centre crop 224, CLIP mean/std. */
    public static Preprocessing clip(int size) {
        return new Preprocessing(ColorMode.RGB, size, false, Interpolation.BICUBIC, size, 1f / 255f,
                new float[]{0.48145466f, 0.4578275f, 0.40821073f},
                new float[]{0.26862954f, 0.26130258f, 0.27577711f}, Layout.NCHW);
    }

    /** ImageNet-style preprocessing at a given resolution (resize shorter side, centre crop, ImageNet mean/std). */
    public static Preprocessing imagenet(int resize, int crop) {
        return new Preprocessing(ColorMode.RGB, resize, false, Interpolation.BILINEAR, crop, 1f / 255f,
                new float[]{0.485f, 0.456f, 0.406f}, new float[]{0.229f, 0.224f, 0.225f}, Layout.NCHW);
    }

    public Preprocessing {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(interpolation, "interpolation");
        Objects.requireNonNull(layout, "layout");
        int channels = color == ColorMode.RGB ? 3 : 1;
        if (resize < 0 || cropSize < 0) {
            throw new IllegalArgumentException("resize and cropSize must be >= 0, got " + resize + ", " + cropSize);
        }
        if (mean == null || std == null || mean.length != channels || std.length != channels) {
            throw new IllegalArgumentException("mean and std need " + channels + " values for " + color);
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std values must be > 0, got " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** Number of channels of the produced tensor. */
    public int channels() {
        return color == ColorMode.RGB ? 3 : 1;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p && color == p.color && resize == p.resize && exactResize == p.exactResize
                && interpolation == p.interpolation && cropSize == p.cropSize && Float.compare(scale, p.scale) == 0
                && Arrays.equals(mean, p.mean) && Arrays.equals(std, p.std) && layout == p.layout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(color, resize, exactResize, interpolation, cropSize, scale,
                Arrays.hashCode(mean), Arrays.hashCode(std), layout);
    }

    @Override
    public String toString() {
        return "Preprocessing[" + color + ", resize=" + resize + (exactResize ? " exact" : "") + ", " + interpolation
                + ", crop=" + cropSize + ", scale=" + scale + ", mean=" + Arrays.toString(mean)
                + ", std=" + Arrays.toString(std) + ", " + layout + "]";
    }
}
