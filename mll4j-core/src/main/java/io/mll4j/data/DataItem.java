package io.mll4j.data;

import java.awt.image.BufferedImage;

/** One item of an {@link ImageDataset}: id and label at hand, image decoded on {@link #image()}. */
public record DataItem(ImageDataset dataset, int index) {
    public String id() {
        return dataset.id(index);
    }

    public int label() {
        return dataset.label(index);
    }

    public BufferedImage image() {
        return dataset.image(index);
    }
}
