package io.mll4j.training.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is best where: for every task and class, the model(s) with the highest accuracy; for every task, the model
 * with the highest accuracy over all its classes (an expert's uncovered classes count 0).
 *
 * @param cellWinners  task → class id → winning model ids (ties share)
 * @param cellBest     task → class id → best accuracy
 * @param taskWinners  task → best model over the whole task
 * @param wins         model id → number of (task, class) cells it wins or shares, for models that win any
 */
public record Diversity(Map<String, Map<String, List<String>>> cellWinners, Map<String, Map<String, Double>> cellBest,
                        Map<String, String> taskWinners, Map<String, Integer> wins) {
    private static final double TIE = 1e-9;

    /** Computes it for tasks of {@code classes} classes each. */
    public static Diversity of(List<ModelEvaluation> models, List<String> tasks, Map<String, List<String>> classIds) {
        Map<String, Map<String, List<String>>> winners = new LinkedHashMap<>();
        Map<String, Map<String, Double>> best = new LinkedHashMap<>();
        Map<String, String> taskWinners = new LinkedHashMap<>();
        Map<String, Integer> wins = new TreeMap<>();
        for (String task : tasks) {
            Map<String, List<String>> taskCells = new LinkedHashMap<>();
            Map<String, Double> taskBest = new LinkedHashMap<>();
            for (String classId : classIds.get(task)) {
                double top = models.stream().map(m -> m.accuracy().getOrDefault(task, Map.of()).get(classId))
                        .filter(a -> a != null).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
                List<String> ids = new ArrayList<>();
                for (ModelEvaluation m : models) {
                    Double a = m.accuracy().getOrDefault(task, Map.of()).get(classId);
                    if (a != null && a >= top - TIE) {
                        ids.add(m.id());
                        wins.merge(m.id(), 1, Integer::sum);
                    }
                }
                taskCells.put(classId, ids);
                taskBest.put(classId, top);
            }
            winners.put(task, taskCells);
            best.put(task, taskBest);
            int n = classIds.get(task).size();
            models.stream().max((a, b) -> Double.compare(a.taskAccuracy(task, n), b.taskAccuracy(task, n)))
                    .ifPresent(m -> taskWinners.put(task, m.id()));
        }
        return new Diversity(winners, best, taskWinners, wins);
    }

    /** Whether some model wins every cell of every task (the hub would then be no better than that model). */
    public boolean oneModelBestEverywhere() {
        long cells = cellWinners.values().stream().mapToLong(Map::size).sum();
        return wins.values().stream().anyMatch(w -> w == cells);
    }

    /** Whether the best model over a whole task is the same for every task. */
    public boolean sameTaskWinnerEverywhere() {
        return taskWinners.values().stream().distinct().count() <= 1;
    }
}
