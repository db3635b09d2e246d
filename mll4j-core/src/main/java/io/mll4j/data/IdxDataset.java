package io.mll4j.data;

import io.mll4j.exception.DataException;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * One IDX image file with its label file (e.g. Fashion-MNIST {@code train-*}), held in memory.
 * Item ids are {@code <part>/<index>}, e.g. {@code train/59012}; images are {@code TYPE_BYTE_GRAY}.
 */
public final class IdxDataset extends AbstractImageDataset {
    private final String part;
    private final IdxFormat.Images images;
    private final byte[] labels;

    public IdxDataset(String name, String part, Path imagesFile, Path labelsFile, DatasetDescriptor descriptor) {
        super(name, descriptor.classIds(), descriptor.classNames());
        this.part = part;
        this.images = IdxFormat.readImages(imagesFile);
        this.labels = IdxFormat.readLabels(labelsFile);
        if (labels.length != images.count()) {
            throw new DataException(labelsFile + ": " + labels.length + " labels for " + images.count()
                    + " images in " + imagesFile);
        }
        int classes = descriptor.classes().size();
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw new DataException(labelsFile + ": label " + (labels[i] & 0xFF) + " at index " + i
                        + " is outside the " + classes + " classes of " + descriptor.id());
            }
        }
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public String id(int index) {
        return part + "/" + String.format("%05d", index);
    }

    @Override
    public int label(int index) {
        return labels[index] & 0xFF;
    }

    @Override
    public BufferedImage image(int index) {
        int rows = images.rows();
        int cols = images.cols();
        return GreyImages.copyOf(images.pixels(), index * rows * cols, cols, rows);
    }
}
