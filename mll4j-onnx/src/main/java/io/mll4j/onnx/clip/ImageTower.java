package io.mll4j.onnx.clip;

import java.awt.image.BufferedImage;
import java.util.List;

/** The image half of a dual encoder: images → raw (not normalised) embeddings. */
public interface ImageTower extends AutoCloseable {
    /** Embedding dimension. */
    int dimension();

    /** Raw embeddings, {@code [images][dimension]}; runs in batches internally. */
    float[][] encode(List<BufferedImage> images);

    /** Releases native resources; idempotent. */
    @Override
    void close();
}
