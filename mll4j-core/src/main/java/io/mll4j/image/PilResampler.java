package io.mll4j.image;

import io.mll4j.image.Preprocessing.Interpolation;

/**
 * Resizes one 8-bit channel exactly as Pillow's {@code Image.resize} does (libImaging {@code Resample.c} for
 * bilinear/bicubic, {@code Geometry.c} for nearest), so that models trained with PIL/torchvision preprocessing
 * see the same pixels here. Bilinear and bicubic are separable convolutions whose support grows with the shrink
 * factor (antialiasing), run horizontally then vertically in 22-bit fixed point, rounding and clipping to 0–255
 * after each pass as Pillow does.
 */
final class PilResampler {
    private static final int PRECISION_BITS = 32 - 8 - 2;

    private PilResampler() {
    }

    /** Coefficients of one pass: for output pixel {@code i}, {@code count[i]} taps starting at {@code first[i]}. */
    private record Taps(int ksize, int[] first, int[] count, int[] weights) {
    }

    /**
     * @param src    row-major channel values 0–255, {@code width × height}
     * @param width  source width
     * @param height source height
     * @param outW   target width
     * @param outH   target height
     * @param filter resampling filter
     * @return row-major resized channel, {@code outW × outH}
     */
    static int[] resize(int[] src, int width, int height, int outW, int outH, Interpolation filter) {
        if (outW <= 0 || outH <= 0) {
            throw new IllegalArgumentException("target size must be positive, got " + outW + "x" + outH);
        }
        if (outW == width && outH == height) {
            return src.clone();
        }
        if (filter == Interpolation.NEAREST) {
            return nearest(src, width, height, outW, outH);
        }
        int[] out = src;
        int w = width;
        if (outW != width) {
            out = horizontal(out, w, height, outW, taps(width, outW, filter));
            w = outW;
        }
        if (outH != height) {
            out = vertical(out, w, height, outH, taps(height, outH, filter));
        }
        return out;
    }

    private static double support(Interpolation filter) {
        return filter == Interpolation.BICUBIC ? 2.0 : 1.0;
    }

    private static double kernel(Interpolation filter, double x) {
        x = Math.abs(x);
        if (filter == Interpolation.BILINEAR) {
            return x < 1.0 ? 1.0 - x : 0.0;
        }
        final double a = -0.5; // Pillow's bicubic (Keys) coefficient
        if (x < 1.0) {
            return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
        }
        if (x < 2.0) {
            return (((x - 5) * x + 8) * x - 4) * a;
        }
        return 0.0;
    }

    /** Pillow's {@code precompute_coeffs} followed by {@code normalize_coeffs_8bpc}. */
    private static Taps taps(int inSize, int outSize, Interpolation filter) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = support(filter) * filterScale;
        int ksize = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        int[] weights = new int[outSize * ksize];
        double[] k = new double[ksize];
        for (int xx = 0; xx < outSize; xx++) {
            double center = (xx + 0.5) * scale;
            double invScale = 1.0 / filterScale;
            int xmin = Math.max((int) (center - support + 0.5), 0);
            int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
            double sum = 0.0;
            for (int x = 0; x < xmax; x++) {
                k[x] = kernel(filter, (x + xmin - center + 0.5) * invScale);
                sum += k[x];
            }
            for (int x = 0; x < xmax; x++) {
                double v = sum != 0.0 ? k[x] / sum : k[x];
                weights[xx * ksize + x] = v < 0 ? (int) (-0.5 + v * (1 << PRECISION_BITS))
                        : (int) (0.5 + v * (1 << PRECISION_BITS));
            }
            first[xx] = xmin;
            count[xx] = xmax;
        }
        return new Taps(ksize, first, count, weights);
    }

    private static int clip8(int acc) {
        int v = acc >> PRECISION_BITS;
        return v < 0 ? 0 : Math.min(v, 255);
    }

    private static int[] horizontal(int[] src, int w, int h, int outW, Taps t) {
        int[] out = new int[outW * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int xx = 0; xx < outW; xx++) {
                int acc = 1 << (PRECISION_BITS - 1);
                int base = xx * t.ksize();
                int start = row + t.first()[xx];
                for (int x = 0, n = t.count()[xx]; x < n; x++) {
                    acc += src[start + x] * t.weights()[base + x];
                }
                out[y * outW + xx] = clip8(acc);
            }
        }
        return out;
    }

    private static int[] vertical(int[] src, int w, int h, int outH, Taps t) {
        int[] out = new int[w * outH];
        for (int yy = 0; yy < outH; yy++) {
            int base = yy * t.ksize();
            int ymin = t.first()[yy];
            int n = t.count()[yy];
            for (int x = 0; x < w; x++) {
                int acc = 1 << (PRECISION_BITS - 1);
                for (int y = 0; y < n; y++) {
                    acc += src[(ymin + y) * w + x] * t.weights()[base + y];
                }
                out[yy * w + x] = clip8(acc);
            }
        }
        return out;
    }

    /** Pillow's {@code ImagingScaleAffine}: source index = floor((i + 0.5) · in/out), accumulated in double. */
    private static int[] nearest(int[] src, int w, int h, int outW, int outH) {
        int[] xin = sourceIndices(w, outW);
        int[] yin = sourceIndices(h, outH);
        int[] out = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            int row = yin[y] * w;
            for (int x = 0; x < outW; x++) {
                out[y * outW + x] = src[row + xin[x]];
            }
        }
        return out;
    }

    private static int[] sourceIndices(int inSize, int outSize) {
        double step = (double) inSize / outSize;
        double pos = step * 0.5;
        int[] idx = new int[outSize];
        for (int i = 0; i < outSize; i++) {
            idx[i] = Math.min((int) pos, inSize - 1);
            pos += step;
        }
        return idx;
    }
}
