package io.mll4j.image;

import io.mll4j.image.Preprocessing.ColorMode;
import io.mll4j.image.Preprocessing.Layout;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;
import java.util.Objects;

/**
 * Turns images into model input tensors as described by a {@link Preprocessing}, reproducing what PIL +
 * torchvision produce: colour conversion (PIL {@code convert("L")} or grey replicated to RGB), resize of the
 * shorter side ({@code transforms.Resize(n)}) or of both sides, centre crop with torchvision's rounding, then
 * {@code (v · scale − mean) / std} per channel. Alpha is ignored (dropped before resizing).
 * Thread-safe: holds only the immutable spec and lookup tables.
 */
public final class ImagePreprocessor {
    private final Preprocessing spec;
    /** Per channel: raw 0–255 value → normalised float, computed once. */
    private final float[][] table;

    /** @param spec how the model wants its input */
    public ImagePreprocessor(Preprocessing spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        float[] mean = spec.mean();
        float[] std = spec.std();
        // ToTensor divides by 255: when the scale is the float nearest 1/k, dividing by k keeps tensors
        // bit-identical to torch's (multiplying by the rounded 1/255 is off by one ulp for some values)
        long k = spec.scale() > 0 ? Math.round(1.0 / spec.scale()) : 0;
        boolean divide = k > 0 && (float) (1.0 / k) == spec.scale();
        float divisor = k;
        table = new float[spec.channels()][256];
        for (int c = 0; c < table.length; c++) {
            for (int v = 0; v < 256; v++) {
                float scaled = divide ? v / divisor : v * spec.scale();
                table[c][v] = (scaled - mean[c]) / std[c];
            }
        }
    }

    public Preprocessing preprocessing() {
        return spec;
    }

    /**
     * Size of the produced tensor for a source image of the given size.
     *
     * @return {@code {width, height}} after resize and crop
     */
    public int[] outputSize(int width, int height) {
        int[] resized = resizedSize(width, height);
        int crop = spec.cropSize();
        return crop > 0 ? new int[]{crop, crop} : resized;
    }

    /** Number of floats {@link #apply(BufferedImage)} returns for a source image of the given size. */
    public int tensorLength(int width, int height) {
        int[] size = outputSize(width, height);
        return spec.channels() * size[0] * size[1];
    }

    /** One image as a flat tensor, {@code [C,H,W]} or {@code [H,W,C]} following the spec's layout. */
    public float[] apply(BufferedImage image) {
        float[] out = new float[tensorLength(image.getWidth(), image.getHeight())];
        apply(image, out, 0);
        return out;
    }

    /**
     * Writes one image into {@code dest} starting at {@code offset} (for filling a batch buffer).
     *
     * @return the number of floats written
     */
    public int apply(BufferedImage image, float[] dest, int offset) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        int[][] planes = channels(image, spec.color());
        int[] resized = resizedSize(w, h);
        for (int c = 0; c < planes.length; c++) {
            planes[c] = PilResampler.resize(planes[c], w, h, resized[0], resized[1], spec.interpolation());
        }
        w = resized[0];
        h = resized[1];
        int outW = spec.cropSize() > 0 ? spec.cropSize() : w;
        int outH = spec.cropSize() > 0 ? spec.cropSize() : h;
        int left = cropOffset(w, outW);
        int top = cropOffset(h, outH);
        int n = outW * outH;
        int channels = planes.length;
        if (dest.length - offset < n * channels) {
            throw new IllegalArgumentException("destination has room for " + (dest.length - offset)
                    + " floats, image needs " + n * channels);
        }
        for (int c = 0; c < channels; c++) {
            float[] lut = table[c];
            int[] plane = planes[c];
            for (int y = 0; y < outH; y++) {
                int sy = y + top;
                for (int x = 0; x < outW; x++) {
                    int sx = x + left;
                    // torchvision pads a crop larger than the image with zeros (raw value 0)
                    int v = sy >= 0 && sy < h && sx >= 0 && sx < w ? plane[sy * w + sx] : 0;
                    int i = y * outW + x;
                    int at = spec.layout() == Layout.NCHW ? c * n + i : i * channels + c;
                    dest[offset + at] = lut[v];
                }
            }
        }
        return n * channels;
    }

    /**
     * Several images as one {@code [N,...]} tensor; they must all produce the same size (true whenever the spec
     * crops or resizes exactly).
     */
    public float[] applyBatch(List<BufferedImage> images) {
        if (images.isEmpty()) {
            return new float[0];
        }
        BufferedImage first = images.get(0);
        int[] size = outputSize(first.getWidth(), first.getHeight());
        int per = tensorLength(first.getWidth(), first.getHeight());
        float[] out = new float[per * images.size()];
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = images.get(i);
            int[] s = outputSize(image.getWidth(), image.getHeight());
            if (s[0] != size[0] || s[1] != size[1]) {
                throw new IllegalArgumentException("image " + i + " gives " + s[0] + "x" + s[1] + " but image 0 gives "
                        + size[0] + "x" + size[1] + "; batching needs a crop or an exact resize in " + spec);
            }
            apply(image, out, i * per);
        }
        return out;
    }

    /** torchvision {@code Resize}: shorter side to {@code resize}, longer side {@code int(resize · long / short)}. */
    private int[] resizedSize(int w, int h) {
        int r = spec.resize();
        if (r == 0) {
            return new int[]{w, h};
        }
        if (spec.exactResize()) {
            return new int[]{r, r};
        }
        int shorter = Math.min(w, h);
        int longer = Math.max(w, h);
        int newLong = (int) ((double) r * longer / shorter);
        return w <= h ? new int[]{r, newLong} : new int[]{newLong, r};
    }

    /**
     * torchvision {@code center_crop}: offset {@code round((size − crop) / 2)} with Python's half-to-even rounding;
     * a crop larger than the image is padded, {@code (crop − size) // 2} on the leading side.
     */
    static int cropOffset(int size, int crop) {
        if (crop > size) {
            return -((crop - size) / 2);
        }
        return (int) Math.rint((size - crop) / 2.0);
    }

    /** Raw 0–255 channel planes in the spec's colour mode (PIL {@code convert("L")} / {@code convert("RGB")}). */
    static int[][] channels(BufferedImage image, ColorMode mode) {
        int w = image.getWidth();
        int h = image.getHeight();
        int n = w * h;
        int[] r = new int[n];
        int[] g;
        int[] b;
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            // Raw samples: getRGB() would apply a linear-grey → sRGB curve that PIL does not apply.
            Raster raster = image.getRaster();
            int shift = Math.max(raster.getSampleModel().getSampleSize(0) - 8, 0);
            raster.getSamples(0, 0, w, h, 0, r);
            if (shift > 0) {
                for (int i = 0; i < n; i++) {
                    r[i] >>= shift;
                }
            }
            if (mode == ColorMode.GRAY) {
                return new int[][]{r};
            }
            return new int[][]{r, r.clone(), r.clone()};
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        if (mode == ColorMode.GRAY) {
            for (int i = 0; i < n; i++) {
                int p = argb[i];
                // Pillow's rgb2l: ITU-R 601-2 (299/587/114) in 16-bit fixed point, rounded
                r[i] = (((p >> 16) & 0xff) * 19595 + ((p >> 8) & 0xff) * 38470 + (p & 0xff) * 7471 + 0x8000) >> 16;
            }
            return new int[][]{r};
        }
        g = new int[n];
        b = new int[n];
        for (int i = 0; i < n; i++) {
            int p = argb[i];
            r[i] = (p >> 16) & 0xff;
            g[i] = (p >> 8) & 0xff;
            b[i] = p & 0xff;
        }
        return new int[][]{r, g, b};
    }
}
