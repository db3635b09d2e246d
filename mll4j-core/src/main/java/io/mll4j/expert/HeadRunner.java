package io.mll4j.expert;

import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.awt.image.BufferedImage;
import java.util.List;

/** Runs one head on task images: per image, its probabilities over its own labels. */
public interface HeadRunner {
    /** Hub id of the model (matches the head id in the combination). */
    String id();

    /** Per image, the head's probabilities over its labels ({@code [images][labels]}). */
    double[][] probabilities(List<BufferedImage> images);

    /** An expert: softmax of its logits. */
    static HeadRunner expert(String id, ImageClassifier classifier) {
        return new HeadRunner() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public double[][] probabilities(List<BufferedImage> images) {
                float[][] logits = classifier.logits(images);
                double[][] out = new double[logits.length][];
                for (int i = 0; i < logits.length; i++) {
                    double[] row = new double[logits[i].length];
                    for (int l = 0; l < row.length; l++) {
                        row[l] = logits[i][l];
                    }
                    out[i] = EntropyWeightedEnsemble.softmax(row);
                }
                return out;
            }
        };
    }

    /** A VLM asked about the task classes: zero-shot probabilities from its image tower. */
    static HeadRunner vlm(String id, VisionLanguageModel model, VlmZeroShot zeroShot) {
        return new HeadRunner() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public double[][] probabilities(List<BufferedImage> images) {
                float[][] embeddings = model.encodeImages(images);
                double[][] out = new double[embeddings.length][];
                for (int i = 0; i < embeddings.length; i++) {
                    out[i] = zeroShot.probabilities(embeddings[i]);
                }
                return out;
            }
        };
    }
}
