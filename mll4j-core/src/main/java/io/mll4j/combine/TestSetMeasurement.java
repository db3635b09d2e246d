package io.mll4j.combine;

import io.mll4j.data.ImageDataset;
import io.mll4j.expert.FusedPrediction;
import io.mll4j.expert.HeadCombinationReuser;
import io.mll4j.expert.TaskClasses;
import io.mll4j.progress.Progress;
import io.mll4j.task.Task;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The measured accuracy of a head combination on a labeled data set, beside the estimate from node images. A task
 * class is scored on the data set class that means the same thing: the class whose synset is the class's graph node,
 * else the class of the same name. Images of data set classes outside the task are not scored.
 *
 * @param source   what was measured on (for reports)
 * @param hits     per task class, its images predicted right
 * @param totals   per task class, its images scored
 * @param images   images scored
 * @param perClass per task class, its accuracy, or NaN when the data set has no images of it
 * @param accuracy macro mean over the classes with images (comparable with the estimate)
 * @param micro    fraction of all scored images right
 */
public record TestSetMeasurement(String source, int[] hits, int[] totals, int images, double[] perClass,
                                 double accuracy, double micro) {

    /**
     * Per data set class, the task class it stands for, or -1.
     *
     * @param task         the task's classes and nodes
     * @param data         the data set
     * @param classSynsets per data set class id, its synset (may miss classes)
     * @return the mapping, indexed by data set label
     */
    public static int[] classMap(TaskClasses task, ImageDataset data, Map<String, String> classSynsets) {
        int[] map = new int[data.classIds().size()];
        Arrays.fill(map, -1);
        for (int c = 0; c < map.length; c++) {
            String synset = classSynsets.get(data.classIds().get(c));
            for (int y = 0; y < task.size() && map[c] < 0; y++) {
                if (task.nodeIds().get(y).equals(synset)) {
                    map[c] = y;
                }
            }
            for (int y = 0; y < task.size() && map[c] < 0; y++) {
                String name = Task.normalise(task.name(y));
                if (name.equals(Task.normalise(data.classIds().get(c)))
                        || name.equals(Task.normalise(data.classNames().get(c)))) {
                    map[c] = y;
                }
            }
        }
        return map;
    }

    /**
     * Runs the combination on the data set's items {@code indices} whose class maps to a task class.
     *
     * @param reuser    the opened combination
     * @param data      the data set
     * @param classMap  per data set label, its task class or -1 ({@link #classMap})
     * @param indices   items to consider (e.g. a class-balanced sample)
     * @param source    a description for reports
     * @param batchSize images per run
     * @param progress  progress sink
     * @return the measurement
     */
    public static TestSetMeasurement run(HeadCombinationReuser reuser, ImageDataset data, int[] classMap,
                                         int[] indices, String source, int batchSize, Progress progress) {
        int classes = reuser.combination().task().size();
        List<Integer> scored = new ArrayList<>();
        for (int i : indices) {
            if (classMap[data.label(i)] >= 0) {
                scored.add(i);
            }
        }
        int[] hits = new int[classes];
        int[] totals = new int[classes];
        progress.start("measure on " + data.name(), scored.size());
        for (int from = 0; from < scored.size(); from += batchSize) {
            List<Integer> batch = scored.subList(from, Math.min(from + batchSize, scored.size()));
            List<BufferedImage> images = batch.stream().map(data::image).toList();
            List<FusedPrediction> predictions = reuser.predict(images);
            for (int j = 0; j < batch.size(); j++) {
                int truth = classMap[data.label(batch.get(j))];
                totals[truth]++;
                hits[truth] += predictions.get(j).predicted() == truth ? 1 : 0;
            }
            progress.advance(batch.size());
        }
        progress.finish();
        return of(source, hits, totals);
    }

    /** A measurement from per-class hit and image counts. */
    public static TestSetMeasurement of(String source, int[] hits, int[] totals) {
        double[] perClass = new double[hits.length];
        double sum = 0;
        int counted = 0;
        int right = 0;
        int images = 0;
        for (int y = 0; y < hits.length; y++) {
            perClass[y] = totals[y] == 0 ? Double.NaN : (double) hits[y] / totals[y];
            if (totals[y] > 0) {
                sum += perClass[y];
                counted++;
            }
            right += hits[y];
            images += totals[y];
        }
        return new TestSetMeasurement(source, hits.clone(), totals.clone(), images, perClass,
                counted == 0 ? Double.NaN : sum / counted, images == 0 ? Double.NaN : (double) right / images);
    }

    /** This measurement and another on the same task's classes (e.g. a second data set), counted together. */
    public TestSetMeasurement plus(TestSetMeasurement other) {
        if (other.hits.length != hits.length) {
            throw new IllegalArgumentException("measurements of " + hits.length + " and " + other.hits.length
                    + " classes");
        }
        int[] h = new int[hits.length];
        int[] t = new int[hits.length];
        for (int y = 0; y < h.length; y++) {
            h[y] = hits[y] + other.hits[y];
            t[y] = totals[y] + other.totals[y];
        }
        return of(source + "; " + other.source, h, t);
    }

    /** The report's view of it. */
    public ChcoReport.Measurement summary() {
        return new ChcoReport.Measurement(source, images, accuracy, micro);
    }

    /** Per class, the accuracy or {@code null} where not measured (for reports). */
    public List<Double> perClassOrNull() {
        return Arrays.stream(perClass).mapToObj(v -> Double.isNaN(v) ? null : v).toList();
    }
}
