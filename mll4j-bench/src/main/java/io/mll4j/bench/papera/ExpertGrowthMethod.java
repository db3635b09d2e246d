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
import java.util.stream.IntStream;

/**
 * The growth of the expert hub (paper A: zero-shot ability grows with the hub): k = how many of the hub's experts
 * are present, drawn in {@value #ORDERS} seeded random orders of all experts; CHCO + patch (the VLMs stay) on each
 * sub-hub, mean accuracy over the orders. With k at least the hub's expert count every order is the whole hub.
 */
public final class ExpertGrowthMethod extends PaperAMethod {
    /** Random hub orders averaged. */
    public static final int ORDERS = 10;

    public ExpertGrowthMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "chco-growth";
    }

    @Override
    public String description() {
        return "CHCO + patch on k of the hub's experts (mean of " + ORDERS + " random hub orders): the growth curve";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        int[] experts = t.model().experts();
        int size = Math.min(params.k(), experts.length);
        Random rng = new Random(params.seed() * 1_000_003L + context.task().name().hashCode());
        List<MethodRun> runs = new ArrayList<>();
        List<List<String>> hubs = new ArrayList<>();
        for (int o = 0; o < ORDERS; o++) {
            List<Integer> order = new ArrayList<>(IntStream.of(experts).boxed().toList());
            Collections.shuffle(order, rng);
            int[] hub = PaperATask.sorted(order.subList(0, size));
            ExpertSelection s = t.select(Budget.models(Integer.MAX_VALUE), true, hub);
            hubs.add(t.ids(hub));
            runs.add(t.run(s.heads(), Map.of()));
        }
        List<Double> top1 = runs.stream().map(r -> r.metrics().top1()).toList();
        double mean = top1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("experts", size);
        details.put("hubExperts", experts.length);
        details.put("orders", ORDERS);
        details.put("subHubs", hubs);
        details.put("top1PerOrder", top1);
        details.put("top1Sd", Math.sqrt(top1.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, top1.size() - 1)));
        MethodRun first = runs.getFirst();
        return new MethodRun(Metrics.mean(runs.stream().map(MethodRun::metrics).toList()), first.selection(),
                first.models(), runs.stream().mapToDouble(MethodRun::msPerImage).average().orElse(0), details);
    }
}
