package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.Metrics;
import io.mll4j.bench.RunParams;
import io.mll4j.expert.Budget;
import io.mll4j.expert.ExpertSelection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random combination: as many covering experts as CHCO chose, drawn uniformly, plus the patch planned for them;
 * the mean over seeded draws (seed = run seed, task name, draw), so CHCO's choice is compared with luck at equal size.
 */
public final class RandomExpertsMethod extends PaperAMethod {
    /** Draws averaged per run. */
    public static final int DRAWS = 10;

    public RandomExpertsMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "random-experts";
    }

    @Override
    public String description() {
        return "as many covering experts as CHCO chose, drawn at random, + patch; mean of " + DRAWS + " seeded draws";
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        ExpertSelection chco = t.select(Budget.models(Integer.MAX_VALUE), true, t.model().experts());
        List<Integer> pool = PaperATask.boxed(t.coveringExperts());
        int size = Math.max(1, Math.min(chco.chco().heads().length, pool.size()));
        List<MethodRun> runs = new ArrayList<>();
        List<List<String>> drawn = new ArrayList<>();
        for (int d = 0; d < DRAWS && !pool.isEmpty(); d++) {
            List<Integer> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, new Random(params.seed() * 1_000_003L + context.task().name().hashCode() * 31L
                    + d));
            int[] heads = AllExpertsMethod.withPatch(t, PaperATask.sorted(shuffled.subList(0, size)));
            drawn.add(t.ids(heads));
            runs.add(t.run(heads, Map.of()));
        }
        if (runs.isEmpty()) {
            return t.run(new int[0], Map.of("draws", 0));
        }
        List<Double> top1 = runs.stream().map(r -> r.metrics().top1()).toList();
        double mean = top1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("draws", runs.size());
        details.put("size", size);
        details.put("heads", drawn);
        details.put("top1PerDraw", top1);
        details.put("top1Sd", Math.sqrt(top1.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, top1.size() - 1)));
        MethodRun first = runs.getFirst();
        return new MethodRun(Metrics.mean(runs.stream().map(MethodRun::metrics).toList()), first.selection(),
                first.models(), runs.stream().mapToDouble(MethodRun::msPerImage).average().orElse(0), details);
    }
}
