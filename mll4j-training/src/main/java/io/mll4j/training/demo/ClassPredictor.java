package io.mll4j.training.demo;

import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelOpener;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hub model under evaluation: for each image, the index of the candidate class it picks, or {@code -1} when its
 * pick is none of them (an expert whose arg-max label is outside the task). Experts meet classes through synsets;
 * VLMs score the candidates' prompts {@code "a photo of a {display name}."} zero-shot.
 */
interface ClassPredictor extends AutoCloseable {
    /** Images per model run. */
    int BATCH = 256;

    /** The model of a hub entry, opened by {@code opener}; classes are met through {@code store}. */
    static ClassPredictor open(HubEntry entry, ModelOpener opener, ImageStore store) {
        ModelManifest m = entry.manifest();
        return switch (m.kind()) {
            case EXPERT -> expert(opener.classifier(entry), m.labels().stream().map(ClassLabel::synset).toList(),
                    store::synset);
            case VLM -> vlm(opener.vlm(entry), store::displayName);
        };
    }

    int[] predict(List<BufferedImage> images, List<ClassRef> candidates);

    @Override
    void close();

    /** An expert: arg-max over its whole head, then the label's synset looked up among the candidates. */
    static ClassPredictor expert(ImageClassifier classifier, List<String> labelSynsets, Function<ClassRef, String> synsetOf) {
        return new ClassPredictor() {
            @Override
            public int[] predict(List<BufferedImage> images, List<ClassRef> candidates) {
                Map<String, Integer> bySynset = new HashMap<>();
                for (int c = candidates.size() - 1; c >= 0; c--) {
                    bySynset.put(synsetOf.apply(candidates.get(c)), c);
                }
                int[] out = new int[images.size()];
                for (int from = 0; from < images.size(); from += BATCH) {
                    float[][] logits = classifier.logits(images.subList(from, Math.min(from + BATCH, images.size())));
                    for (int i = 0; i < logits.length; i++) {
                        out[from + i] = bySynset.getOrDefault(labelSynsets.get(argMax(logits[i])), -1);
                    }
                }
                return out;
            }

            @Override
            public void close() {
                classifier.close();
            }
        };
    }

    /** A VLM: cosine of each image embedding to each candidate's prompt embedding, arg-max. */
    static ClassPredictor vlm(VisionLanguageModel model, Function<ClassRef, String> displayName) {
        return new ClassPredictor() {
            @Override
            public int[] predict(List<BufferedImage> images, List<ClassRef> candidates) {
                float[][] texts = model.encodeTexts(candidates.stream().map(c -> TextKind.photo(displayName.apply(c))).toList());
                int[] out = new int[images.size()];
                for (int from = 0; from < images.size(); from += BATCH) {
                    float[][] embeddings = model.encodeImages(images.subList(from, Math.min(from + BATCH, images.size())));
                    for (int i = 0; i < embeddings.length; i++) {
                        float[] scores = new float[texts.length];
                        for (int c = 0; c < texts.length; c++) {
                            scores[c] = dot(embeddings[i], texts[c]);
                        }
                        out[from + i] = argMax(scores);
                    }
                }
                return out;
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Index of the largest value; the first one on ties. */
    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
