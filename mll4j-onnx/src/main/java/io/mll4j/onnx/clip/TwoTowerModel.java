package io.mll4j.onnx.clip;

import io.mll4j.model.VisionLanguageModel;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A {@link VisionLanguageModel} from an image tower and a text tower of the same dimension; embeddings are
 * L2-normalised here, so towers may return raw projections (as CLIP's ONNX exports do).
 */
public final class TwoTowerModel implements VisionLanguageModel {
    private final ImageTower images;
    private final TextTower texts;

    /**
     * @throws IllegalArgumentException if the towers' dimensions differ
     */
    public TwoTowerModel(ImageTower images, TextTower texts) {
        this.images = Objects.requireNonNull(images, "images");
        this.texts = Objects.requireNonNull(texts, "texts");
        if (images.dimension() != texts.dimension()) {
            throw new IllegalArgumentException("image tower gives " + images.dimension()
                    + "-d embeddings but text tower gives " + texts.dimension() + "-d");
        }
    }

    @Override
    public int dimension() {
        return images.dimension();
    }

    @Override
    public float[][] encodeImages(List<BufferedImage> batch) {
        return normalize(images.encode(batch));
    }

    @Override
    public float[][] encodeTexts(List<String> batch) {
        return normalize(texts.encode(batch));
    }

    /** Scales each row to unit L2 norm in place (all-zero rows stay zero); returns {@code rows}. */
    public static float[][] normalize(float[][] rows) {
        for (float[] row : rows) {
            double sum = 0;
            for (float v : row) {
                sum += (double) v * v;
            }
            if (sum > 0) {
                float inv = (float) (1.0 / Math.sqrt(sum));
                for (int i = 0; i < row.length; i++) {
                    row[i] *= inv;
                }
            }
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            images.close();
        } finally {
            texts.close();
        }
    }

    @Override
    public String toString() {
        return "TwoTowerModel[" + images + ", " + texts + "]";
    }
}
