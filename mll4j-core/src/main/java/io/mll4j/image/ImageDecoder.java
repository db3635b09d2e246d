package io.mll4j.image;

import io.mll4j.exception.DataException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decodes image files strictly: a file is either a whole image or a {@link DataException} naming it.
 * ImageIO decodes truncated JPEGs silently (grey bottom rows plus a reader warning), so reader warnings and a
 * missing end-of-image marker count as corruption here.
 * Colour images come back as {@link BufferedImage#TYPE_INT_RGB} (alpha dropped, as PIL's {@code convert("RGB")}),
 * single-channel images as {@link BufferedImage#TYPE_BYTE_GRAY} with the file's sample values unchanged.
 */
public final class ImageDecoder {
    private ImageDecoder() {
    }

    /** Decodes the image file at {@code file}. */
    public static BufferedImage decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": no such image file", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read image file: " + e.getMessage(), e);
        }
        return decode(bytes, file.toString());
    }

    /** Decodes {@code bytes}; {@code name} (a file name or id) is what error messages cite. */
    public static BufferedImage decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new DataException(name + ": empty file (0 bytes), not an image");
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == ImageFormat.UNKNOWN) {
            throw new DataException(name + ": not an image (no known image signature in the first bytes)");
        }
        if (!format.supported()) {
            throw new DataException(name + ": unsupported image format " + format.displayName()
                    + " (supported: JPEG, PNG, GIF, BMP, TIFF)");
        }
        if (format == ImageFormat.JPEG && !hasEndOfImageAfterScan(bytes)) {
            throw new DataException(name + ": truncated JPEG (no end-of-image marker after the image data)");
        }
        return normalise(read(bytes, name, format), name);
    }

    private static BufferedImage read(byte[] bytes, String name, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new DataException(name + ": no decoder for " + format.displayName() + " in this Java runtime");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            // ImageIO signals bad data with IIOException and, for some corrupt files, with runtime exceptions
            throw new DataException(name + ": corrupt or unsupported " + format.displayName() + ": " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw new DataException(name + ": corrupt or truncated " + format.displayName() + " ("
                    + String.join("; ", warnings) + ")");
        }
        return image;
    }

    /** JPEG entropy-coded data cannot contain FFD9 or FFDA, so an FFD9 after the last SOS means a complete scan. */
    private static boolean hasEndOfImageAfterScan(byte[] b) {
        int lastScan = -1;
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xDA) {
                lastScan = i;
            }
        }
        for (int i = Math.max(lastScan, 0); i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return lastScan >= 0;
            }
        }
        return false;
    }

    private static BufferedImage normalise(BufferedImage image, String name) {
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new DataException(name + ": image has no pixels");
        }
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        if (image.getColorModel().getColorSpace().getNumComponents() == 1) {
            return toGray(image);
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }

    /** Copies band 0 (grey; alpha is dropped), rescaling 16-bit samples to 8 bits, without colour conversion. */
    private static BufferedImage toGray(BufferedImage image) {
        Raster src = image.getRaster();
        int bits = image.getColorModel().getComponentSize(0);
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster dst = gray.getRaster();
        int w = image.getWidth();
        int[] row = new int[w];
        int max = (1 << bits) - 1;
        for (int y = 0; y < image.getHeight(); y++) {
            src.getSamples(0, y, w, 1, 0, row);
            if (bits != 8) {
                for (int x = 0; x < w; x++) {
                    row[x] = Math.round(row[x] * 255f / max);
                }
            }
            dst.setSamples(0, y, w, 1, 0, row);
        }
        return gray;
    }
}
