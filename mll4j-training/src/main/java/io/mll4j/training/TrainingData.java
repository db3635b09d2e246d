package io.mll4j.training;

/**
 * Labelled images as the trainers take them: one flat {@code C*H*W} float row per image (channels first),
 * one label per row. The arrays are not copied: do not change them while training runs.
 */
record TrainingData(float[][] images, int[] labels) {

    /** Checks sizes and label range, naming the first bad row. */
    static TrainingData checked(float[][] images, int[] labels, InputShape shape, int classes) {
        if (images == null || labels == null) {
            throw new IllegalArgumentException("training data not set: call setData(images, labels)");
        }
        if (images.length == 0) {
            throw new IllegalArgumentException("training data is empty");
        }
        if (images.length != labels.length) {
            throw new IllegalArgumentException("images has " + images.length + " rows but labels has " + labels.length);
        }
        for (int i = 0; i < images.length; i++) {
            if (images[i] == null || images[i].length != shape.size()) {
                throw new IllegalArgumentException("image row " + i + " has " + (images[i] == null ? 0 : images[i].length)
                        + " values, the input shape " + shape + " needs " + shape.size());
            }
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i] + ", outside [0, " + classes + ")");
            }
        }
        return new TrainingData(images, labels);
    }

    int size() {
        return labels.length;
    }
}
