package io.mll4j.eval;

import io.mll4j.data.ImageDataset;
import io.mll4j.model.ImageClassifier;
import io.mll4j.progress.Progress;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of an expert on a labelled data set. Model labels and data-set classes meet through their synsets, so a
 * classifier is scored on whatever classes it shares with the data set; a prediction of a label outside the data
 * set's classes counts as wrong.
 *
 * @param dataset       name of the evaluated data set
 * @param images        images scored
 * @param correct       correctly classified images
 * @param perClass      accuracy per data-set class id (classes the model covers)
 * @param uncoveredClasses data-set classes the model has no label for (their images are not scored)
 */
public record ClassifierEvaluation(String dataset, int images, int correct, Map<String, Double> perClass,
                                   List<String> uncoveredClasses) {

    public double accuracy() {
        return images == 0 ? 0 : (double) correct / images;
    }

    /**
     * Scores {@code classifier} on the items {@code indices} of {@code dataset}.
     *
     * @param classifier    the model
     * @param labelSynsets  synset of each model label, in output order
     * @param dataset       the data set
     * @param classSynsets  synset of each data-set class id
     * @param indices       items to score (e.g. a class-balanced sample)
     * @param batchSize     images per classifier call
     * @param progress      progress sink
     * @return the evaluation
     */
    public static ClassifierEvaluation run(ImageClassifier classifier, List<String> labelSynsets, ImageDataset dataset,
                                           Map<String, String> classSynsets, int[] indices, int batchSize,
                                           Progress progress) {
        List<String> classIds = dataset.classIds();
        int[] classOfLabel = new int[labelSynsets.size()];
        boolean[] covered = new boolean[classIds.size()];
        for (int l = 0; l < classOfLabel.length; l++) {
            classOfLabel[l] = classIds.indexOf(classIdOf(classSynsets, labelSynsets.get(l)));
            if (classOfLabel[l] >= 0) {
                covered[classOfLabel[l]] = true;
            }
        }
        List<Integer> scored = new ArrayList<>();
        for (int i : indices) {
            if (covered[dataset.label(i)]) {
                scored.add(i);
            }
        }
        int[] hits = new int[classIds.size()];
        int[] totals = new int[classIds.size()];
        progress.start("evaluate " + dataset.name(), scored.size());
        for (int from = 0; from < scored.size(); from += batchSize) {
            List<Integer> batch = scored.subList(from, Math.min(from + batchSize, scored.size()));
            List<BufferedImage> images = batch.stream().map(dataset::image).toList();
            float[][] logits = classifier.logits(images);
            for (int b = 0; b < batch.size(); b++) {
                int truth = dataset.label(batch.get(b));
                totals[truth]++;
                if (classOfLabel[argmax(logits[b])] == truth) {
                    hits[truth]++;
                }
            }
            progress.advance(batch.size());
        }
        progress.finish();
        Map<String, Double> perClass = new java.util.LinkedHashMap<>();
        List<String> uncovered = new ArrayList<>();
        int correct = 0;
        for (int c = 0; c < classIds.size(); c++) {
            if (!covered[c]) {
                uncovered.add(classIds.get(c));
            } else if (totals[c] > 0) {
                perClass.put(classIds.get(c), (double) hits[c] / totals[c]);
            }
            correct += hits[c];
        }
        return new ClassifierEvaluation(dataset.name(), scored.size(), correct, perClass, uncovered);
    }

    /** The first {@code perClass} items of every class, in item order (deterministic, class-balanced). */
    public static int[] balancedSample(ImageDataset dataset, int perClass) {
        int[] taken = new int[dataset.classIds().size()];
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < dataset.size(); i++) {
            int label = dataset.label(i);
            if (taken[label] < perClass) {
                taken[label]++;
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String classIdOf(Map<String, String> classSynsets, String synset) {
        return classSynsets.entrySet().stream().filter(e -> e.getValue().equals(synset))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
