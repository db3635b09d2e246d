package io.mll4j.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of one run on a task.
 *
 * @param images   images scored
 * @param top1     top-1 accuracy
 * @param top5     top-5 accuracy, or {@code null} when the task has 5 classes or fewer
 * @param perClass top-1 accuracy (recall) per class
 * @param confusion {@code [true class][predicted class]} image counts (for randomised methods, the mean over draws),
 *                  in task class order; {@code null} in records written before it existed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metrics(int images, double top1, Double top5, Map<String, Double> perClass, double[][] confusion) {
    public Metrics {
        perClass = perClass == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }

    /**
     * Scores a run.
     *
     * @param scores  {@code [image][class]} (higher is better; ties go to the earlier class)
     * @param labels  true class per image
     * @param classes class names
     * @return the metrics
     */
    public static Metrics of(double[][] scores, int[] labels, List<String> classes) {
        int n = labels.length;
        int top1 = 0;
        int top5 = 0;
        int[] perClassHits = new int[classes.size()];
        int[] perClassCount = new int[classes.size()];
        double[][] confusion = new double[classes.size()][classes.size()];
        for (int i = 0; i < n; i++) {
            confusion[labels[i]][argmax(scores[i])]++;
            int rank = rankOf(scores[i], labels[i]);
            top1 += rank == 0 ? 1 : 0;
            top5 += rank < 5 ? 1 : 0;
            perClassCount[labels[i]]++;
            perClassHits[labels[i]] += rank == 0 ? 1 : 0;
        }
        Map<String, Double> perClass = new LinkedHashMap<>();
        for (int y = 0; y < classes.size(); y++) {
            perClass.put(classes.get(y), perClassCount[y] == 0 ? 0 : (double) perClassHits[y] / perClassCount[y]);
        }
        return new Metrics(n, n == 0 ? 0 : (double) top1 / n,
                classes.size() > 5 ? (n == 0 ? 0 : (double) top5 / n) : null, perClass, confusion);
    }

    /** The mean of several runs' metrics (random draws). */
    public static Metrics mean(List<Metrics> runs) {
        double top1 = runs.stream().mapToDouble(Metrics::top1).average().orElse(0);
        Double top5 = runs.getFirst().top5() == null ? null
                : runs.stream().mapToDouble(Metrics::top5).average().orElse(0);
        Map<String, Double> perClass = new LinkedHashMap<>();
        for (String c : runs.getFirst().perClass().keySet()) {
            perClass.put(c, runs.stream().mapToDouble(r -> r.perClass().get(c)).average().orElse(0));
        }
        int c = runs.getFirst().confusion().length;
        double[][] confusion = new double[c][c];
        for (Metrics r : runs) {
            for (int a = 0; a < c; a++) {
                for (int b = 0; b < c; b++) {
                    confusion[a][b] += r.confusion()[a][b] / runs.size();
                }
            }
        }
        return new Metrics(runs.getFirst().images(), top1, top5, perClass, confusion);
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int y = 1; y < s.length; y++) {
            if (s[y] > s[best]) {
                best = y;
            }
        }
        return best;
    }

    /** 0-based rank of the true class: how many classes score strictly higher, plus earlier ties. */
    private static int rankOf(double[] s, int truth) {
        int rank = 0;
        for (int y = 0; y < s.length; y++) {
            if (s[y] > s[truth] || (s[y] == s[truth] && y < truth)) {
                rank++;
            }
        }
        return rank;
    }
}
