package io.mll4j.data;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/** A view on chosen items of another data set, in the given order; ids and images are the base's. */
public final class SubsetDataset extends AbstractImageDataset {
    private final ImageDataset base;
    private final int[] indices;

    public SubsetDataset(String name, ImageDataset base, int[] indices) {
        super(name, base.classIds(), base.classNames());
        for (int i : indices) {
            if (i < 0 || i >= base.size()) {
                throw new IllegalArgumentException("index " + i + " outside " + base.name() + " (size " + base.size() + ")");
            }
        }
        this.base = base;
        this.indices = indices.clone();
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public String id(int index) {
        return base.id(indices[index]);
    }

    @Override
    public int label(int index) {
        return base.label(indices[index]);
    }

    @Override
    public BufferedImage image(int index) {
        return base.image(indices[index]);
    }

    @Override
    public Optional<Path> file(int index) {
        return base.file(indices[index]);
    }
}
