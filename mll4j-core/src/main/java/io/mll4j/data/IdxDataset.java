package io.mll4j.data;

import io.mll4j.exception.DataException;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * One IDX image file with its label file (e.g. Fashion-MNIST {@code train-*}), held in memory.
 * Item ids are {@code <part>/<index>}, e.g. {@code train/59012}; images are {@code TYPE_BYTE_GRAY}.
 */
public final class IdxDataset implements ImageDataset {
    private final String name;
    private final String part;
    private final DatasetDescriptor descriptor;
    private final IdxFormat.Images images;
    private final byte[] labels;

    public IdxDataset(String name, String part, Path imagesFile, Path labelsFile, DatasetDescriptor descriptor) {
        this.name = name;
        this.part = part;
        this.descriptor = descriptor;
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
    public String name() {
        return name;
    }

    @Override
    public List<String> classIds() {
        return descriptor.classIds();
    }

    @Override
    public List<String> classNames() {
        return descriptor.classNames();
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
        BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = new byte[rows * cols];
        System.arraycopy(images.pixels(), index * rows * cols, pixels, 0, pixels.length);
        image.getRaster().setDataElements(0, 0, cols, rows, pixels);
        return image;
    }
}
