package io.mll4j.bench;

import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Paper-B reuse on cached outputs ({@link EntropyWeightedEnsemble}): only the models selected for a class vote on it,
 * each with weight 1/H₂ of its own distribution on that image. Every benchmark method that combines models goes
 * through here, so methods differ only in what they select.
 */
public final class Ensemble {
    private Ensemble() {
    }

    /**
     * Class scores of every image.
     *
     * @param outputs   the task's outputs
     * @param selection class → selected model ids (every class must have one)
     * @return {@code [image][class]}
     */
    public static double[][] scores(TaskOutputs outputs, Map<String, List<String>> selection) {
        int[][] voters = new int[outputs.classCount()][];
        for (int y = 0; y < voters.length; y++) {
            List<String> chosen = selection.get(outputs.classes().get(y));
            if (chosen == null || chosen.isEmpty()) {
                throw new IllegalArgumentException("Class '" + outputs.classes().get(y) + "' has no selected model");
            }
            voters[y] = chosen.stream().distinct().mapToInt(outputs::indexOf).toArray();
        }
        int[] used = Arrays.stream(voters).flatMapToInt(Arrays::stream).distinct().toArray();
        int[][] local = new int[voters.length][];
        for (int y = 0; y < voters.length; y++) {
            local[y] = Arrays.stream(voters[y]).map(m -> indexIn(used, m)).toArray();
        }
        double[][] scores = new double[outputs.images()][];
        for (int i = 0; i < scores.length; i++) {
            List<double[]> p = new ArrayList<>(used.length);
            for (int m : used) {
                p.add(outputs.probabilities()[m][i]);
            }
            scores[i] = EntropyWeightedEnsemble.scores(p, local);
        }
        return scores;
    }

    /** The same models for every class (task-level selection: INB, ModelGPT, all models, task oracle). */
    public static Map<String, List<String>> sameForAll(List<String> classes, List<String> models) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        classes.forEach(c -> out.put(c, List.copyOf(models)));
        return out;
    }

    /** The distinct models of a selection, in first-chosen order. */
    public static List<String> modelsOf(Map<String, List<String>> selection) {
        LinkedHashSet<String> models = new LinkedHashSet<>();
        selection.values().forEach(models::addAll);
        return List.copyOf(models);
    }

    private static int indexIn(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("model " + value + " not among the voters");
    }
}
