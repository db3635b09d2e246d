package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.Metrics;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.ModelInfo;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random selection: for every class, k distinct models drawn uniformly, combined like MLL; the mean over
 * {@code draws} seeded draws (the seed mixes the run's seed, the task name and the draw number, so every draw is
 * reproducible and tasks draw independently).
 */
public final class RandomMethod implements BenchMethod {
    /** Draws averaged per run. */
    public static final int DEFAULT_DRAWS = 10;

    private final Prompt prompt;
    private final int draws;

    public RandomMethod(Prompt prompt, int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1, got " + draws);
        }
        this.prompt = prompt;
        this.draws = draws;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public String description() {
        return "random selection: k models drawn per class, entropy-weighted, mean of " + draws + " seeded draws";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        TaskOutputs outputs = context.outputs(prompt);
        List<ModelInfo> vlms = context.vlms();
        List<MethodRun> runs = new ArrayList<>();
        for (int d = 0; d < draws; d++) {
            Random rng = new Random(seed(params.seed(), context.task().name(), d));
            runs.add(MethodRun.evaluate(outputs, draw(outputs.classes(), vlms, params.k(), rng), vlms, Map.of()));
        }
        List<Double> top1 = runs.stream().map(r -> r.metrics().top1()).toList();
        double mean = top1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = Math.sqrt(top1.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, top1.size() - 1));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("draws", draws);
        details.put("top1PerDraw", top1);
        details.put("top1Sd", sd);
        details.put("seed", params.seed());
        MethodRun first = runs.getFirst();
        return new MethodRun(Metrics.mean(runs.stream().map(MethodRun::metrics).toList()), first.selection(),
                first.models(), runs.stream().mapToDouble(MethodRun::msPerImage).average().orElse(0), details);
    }

    /** The seed of draw {@code d} of a task. */
    static long seed(long base, String task, int d) {
        return base * 1_000_003L + task.hashCode() * 31L + d;
    }

    /** One draw: per class, k distinct models uniformly at random. */
    static Map<String, List<String>> draw(List<String> classes, List<ModelInfo> vlms, int k, Random rng) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String c : classes) {
            List<String> ids = new ArrayList<>(vlms.stream().map(ModelInfo::id).toList());
            Collections.shuffle(ids, rng);
            out.put(c, List.copyOf(ids.subList(0, Math.min(k, ids.size()))));
        }
        return out;
    }
}
