package io.mll4j.image;

import java.nio.charset.StandardCharsets;

/** Image formats recognised by their leading bytes, whether or not this runtime can decode them. */
enum ImageFormat {
    JPEG("JPEG", "jpeg", true),
    PNG("PNG", "png", true),
    GIF("GIF", "gif", true),
    BMP("BMP", "bmp", true),
    TIFF("TIFF", "tiff", true),
    WEBP("WebP", null, false),
    HEIF("HEIF/AVIF", null, false),
    UNKNOWN("unknown", null, false);

    private final String displayName;
    private final String imageIoName;
    private final boolean supported;

    ImageFormat(String displayName, String imageIoName, boolean supported) {
        this.displayName = displayName;
        this.imageIoName = imageIoName;
        this.supported = supported;
    }

    String displayName() {
        return displayName;
    }

    String imageIoName() {
        return imageIoName;
    }

    boolean supported() {
        return supported;
    }

    static ImageFormat sniff(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return GIF;
        }
        if (ascii(b, 0, "BM") && b.length > 14) {
            return BMP;
        }
        if (startsWith(b, 0, 'I', 'I', 42, 0) || startsWith(b, 0, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return WEBP;
        }
        if (ascii(b, 4, "ftyp") && (ascii(b, 8, "heic") || ascii(b, 8, "heix") || ascii(b, 8, "mif1")
                || ascii(b, 8, "avif"))) {
            return HEIF;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        int[] expected = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            expected[i] = t[i];
        }
        return startsWith(b, offset, expected);
    }
}
