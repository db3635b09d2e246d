package io.mll4j.model;

import java.awt.image.BufferedImage;
import java.util.List;

/** A classifier with a fixed head: one logit per label. Labels are mapped to synsets by the hub manifest. */
public interface ImageClassifier extends AutoCloseable {
    /** The head's labels, in output order. */
    List<String> labels();

    /** Logits for each image, {@code [images][labels]}; runs in batches internally. */
    float[][] logits(List<BufferedImage> images);

    /** Releases native resources; idempotent. */
    @Override
    void close();
}
