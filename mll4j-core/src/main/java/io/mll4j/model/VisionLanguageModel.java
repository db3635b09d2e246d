package io.mll4j.model;

import java.awt.image.BufferedImage;
import java.util.List;

/** A dual encoder (CLIP-style): images and texts into one space. Embeddings are L2-normalised. */
public interface VisionLanguageModel extends AutoCloseable {
    /** Embedding dimension shared by both towers. */
    int dimension();

    /** L2-normalised image embeddings, {@code [images][dimension]}. */
    float[][] encodeImages(List<BufferedImage> images);

    /** L2-normalised text embeddings, {@code [texts][dimension]}. */
    float[][] encodeTexts(List<String> texts);

    /** Releases native resources; idempotent. */
    @Override
    void close();
}
