package io.mll4j.model;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConseModelTest {
    private static final List<String> TEXTS = List.of("a photo of a cat.", "a photo of a dog.", "a photo of a ship.");

    /** Returns the same fixed logits for every image. */
    private static ImageClassifier fixed(float... logits) {
        return new ImageClassifier() {
            boolean closed;

            @Override
            public List<String> labels() {
                return List.of("cat", "dog", "ship");
            }

            @Override
            public float[][] logits(List<BufferedImage> images) {
                return images.stream().map(i -> logits.clone()).toArray(float[][]::new);
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void encodeImages_confidentHead_givesItsLabelTextEmbedding() {
        CountingTextEmbedder embedder = new CountingTextEmbedder("e", 16);
        try (ConseModel model = new ConseModel(fixed(0f, 30f, 0f), embedder, TEXTS, 2)) {
            float[] image = model.encodeImages(List.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)))[0];
            assertThat(dot(image, embedder.vector("a photo of a dog."))).isCloseTo(1.0, within(1e-5));
            assertThat(model.dimension()).isEqualTo(16);
        }
    }

    @Test
    void encodeImages_topOne_ignoresTheOtherLabels() {
        CountingTextEmbedder embedder = new CountingTextEmbedder("e", 16);
        try (ConseModel model = new ConseModel(fixed(1f, 0.9f, 0.8f), embedder, TEXTS, 1)) {
            float[] image = model.encodeImages(List.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)))[0];
            assertThat(dot(image, embedder.vector("a photo of a cat."))).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void encodeImages_twoEqualLabels_isUnitMidpointOfTheirTexts() {
        CountingTextEmbedder embedder = new CountingTextEmbedder("e", 16);
        try (ConseModel model = new ConseModel(fixed(5f, 5f, -20f), embedder, TEXTS, 3)) {
            float[] image = model.encodeImages(List.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)))[0];
            float[] cat = embedder.vector("a photo of a cat.");
            float[] dog = embedder.vector("a photo of a dog.");
            assertThat(dot(image, image)).isCloseTo(1.0, within(1e-5));
            assertThat(dot(image, cat)).isCloseTo(dot(image, dog), within(1e-4));
            assertThat(dot(image, cat)).isGreaterThan(dot(image, embedder.vector("a photo of a ship.")));
        }
    }

    @Test
    void new_textsNotMatchingLabels_isRejected() {
        assertThatThrownBy(() -> new ConseModel(fixed(0f, 0f, 0f), new CountingTextEmbedder("e", 4),
                List.of("a", "b"), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 labels");
    }

    @Test
    void close_closesClassifierAndEmbedder() {
        CountingTextEmbedder embedder = new CountingTextEmbedder("e", 4);
        new ConseModel(fixed(0f, 0f, 0f), embedder, TEXTS, 1).close();
        assertThat(embedder.closed.get()).isEqualTo(1);
    }
}
