package io.mll4j.onnx;

import io.mll4j.model.ImageClassifier;
import io.mll4j.model.TextEmbedder;
import io.mll4j.model.VisionLanguageModel;

import java.awt.image.BufferedImage;
import java.util.List;

/** Views of shared models whose {@code close()} does nothing: their owner ({@link HubModels}) closes them. */
final class Shared {
    private Shared() {
    }

    static VisionLanguageModel of(VisionLanguageModel m) {
        return new VisionLanguageModel() {
            @Override
            public int dimension() {
                return m.dimension();
            }

            @Override
            public float[][] encodeImages(List<BufferedImage> images) {
                return m.encodeImages(images);
            }

            @Override
            public float[][] encodeTexts(List<String> texts) {
                return m.encodeTexts(texts);
            }

            @Override
            public void close() {
            }

            @Override
            public String toString() {
                return m.toString();
            }
        };
    }

    static ImageClassifier of(ImageClassifier c) {
        return new ImageClassifier() {
            @Override
            public List<String> labels() {
                return c.labels();
            }

            @Override
            public float[][] logits(List<BufferedImage> images) {
                return c.logits(images);
            }

            @Override
            public void close() {
            }

            @Override
            public String toString() {
                return c.toString();
            }
        };
    }

    static TextEmbedder of(TextEmbedder e) {
        return new TextEmbedder() {
            @Override
            public String id() {
                return e.id();
            }

            @Override
            public int dimension() {
                return e.dimension();
            }

            @Override
            public float[][] embed(List<String> texts) {
                return e.embed(texts);
            }

            @Override
            public void close() {
            }

            @Override
            public String toString() {
                return e.toString();
            }
        };
    }
}
