package io.mll4j.data;

import java.util.List;

/**
 * What every reader of an {@link ImageDataset} holds alike: its name and its classes, fixed when it is built.
 * Subclasses give the items.
 */
abstract class AbstractImageDataset implements ImageDataset {
    private final String name;
    private final List<String> classIds;
    private final List<String> classNames;

    /** Class ids and display names in label-index order, one name per id. */
    AbstractImageDataset(String name, List<String> classIds, List<String> classNames) {
        if (classIds.size() != classNames.size()) {
            throw new IllegalArgumentException("classIds and classNames differ in length");
        }
        this.name = name;
        this.classIds = List.copyOf(classIds);
        this.classNames = List.copyOf(classNames);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> classIds() {
        return classIds;
    }

    @Override
    public final List<String> classNames() {
        return classNames;
    }
}
