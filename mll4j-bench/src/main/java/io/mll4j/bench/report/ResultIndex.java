package io.mll4j.bench.report;

import io.mll4j.bench.RunKey;
import io.mll4j.bench.RunRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Run records indexed by (task, method, k, α), with the task and method orders of the tables. Lookups take k and α
 * as asked and fall back to the record without them, so a method that ignores k (all models) fills every k column.
 */
public final class ResultIndex {
    private final Map<String, RunRecord> byKey = new HashMap<>();
    private final List<String> tasks;
    private final List<String> methods;

    /**
     * @param records     the runs
     * @param taskOrder   preferred task order (others follow alphabetically)
     * @param methodOrder preferred method order (others follow alphabetically)
     */
    public ResultIndex(List<RunRecord> records, List<String> taskOrder, List<String> methodOrder) {
        LinkedHashSet<String> seenTasks = new LinkedHashSet<>();
        LinkedHashSet<String> seenMethods = new LinkedHashSet<>();
        for (RunRecord r : records) {
            byKey.put(id(r.key().task(), r.key().method(), r.key().k(), r.key().alpha()), r);
            seenTasks.add(r.key().task());
            seenMethods.add(r.key().method());
        }
        this.tasks = ordered(seenTasks, taskOrder);
        this.methods = ordered(seenMethods, methodOrder);
    }

    /** Tasks that have at least one run, in table order. */
    public List<String> tasks() {
        return tasks;
    }

    /** Methods that have at least one run, in table order. */
    public List<String> methods() {
        return methods;
    }

    public int size() {
        return byKey.size();
    }

    /** The run of (task, method) at k and α (or without them when the method ignores them). */
    public Optional<RunRecord> get(String task, String method, int k, double alpha) {
        for (String id : List.of(id(task, method, k, alpha), id(task, method, k, null), id(task, method, null, alpha),
                id(task, method, null, null))) {
            RunRecord r = byKey.get(id);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Top-1 of a cell. */
    public OptionalDouble top1(String task, String method, int k, double alpha) {
        return get(task, method, k, alpha).map(r -> OptionalDouble.of(r.metrics().top1())).orElse(OptionalDouble.empty());
    }

    /** Mean top-1 over every table task, empty unless the method has all of them. */
    public OptionalDouble averageTop1(String method, int k, double alpha) {
        return average(method, k, alpha, r -> r.metrics().top1());
    }

    /** Mean cost ratio over every table task (runs without a ratio count as missing). */
    public OptionalDouble averageCostRatio(String method, int k, double alpha) {
        return average(method, k, alpha, r -> r.costRatio() == null ? Double.NaN : r.costRatio());
    }

    /** Mean number of distinct models run, over every table task. */
    public OptionalDouble averageModels(String method, int k, double alpha) {
        return average(method, k, alpha, r -> r.models().size());
    }

    /** Whether the method reads test labels (from any of its runs). */
    public boolean isUpperBound(String method) {
        return byKey.values().stream().anyMatch(r -> r.key().method().equals(method) && r.upperBound());
    }

    /** Every record, in no particular order. */
    public List<RunRecord> records() {
        return List.copyOf(byKey.values());
    }

    private OptionalDouble average(String method, int k, double alpha,
                                   java.util.function.ToDoubleFunction<RunRecord> value) {
        double sum = 0;
        for (String t : tasks) {
            Optional<RunRecord> r = get(t, method, k, alpha);
            if (r.isEmpty() || Double.isNaN(value.applyAsDouble(r.get()))) {
                return OptionalDouble.empty();
            }
            sum += value.applyAsDouble(r.get());
        }
        return tasks.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sum / tasks.size());
    }

    private static String id(String task, String method, Integer k, Double alpha) {
        return new RunKey(task, method, k, alpha).fileName();
    }

    private static List<String> ordered(LinkedHashSet<String> seen, List<String> preferred) {
        List<String> out = new ArrayList<>();
        preferred.stream().filter(seen::contains).forEach(out::add);
        seen.stream().filter(s -> !out.contains(s)).sorted().forEach(out::add);
        return List.copyOf(out);
    }
}
