package io.mll4j.bench;

import io.mll4j.bench.synth.SyntheticHub;
import io.mll4j.bench.synth.SyntheticTasks;
import io.mll4j.label.NodeScores;
import io.mll4j.label.index.IndexUsage;
import io.mll4j.label.index.TopNIndex;
import io.mll4j.match.NodeMatching;
import io.mll4j.progress.Progress;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Selection latency over a synthetic hub: for a task already matched to nodes, the time of
 * {@link ReuseScores#compute} over every model plus the top-k of every class (what {@code mll select} does after
 * matching). Tasks are seeded and differ between runs; a few untimed runs warm the JIT first.
 */
public final class SelectionBench {
    private final SyntheticHub hub;
    private final int runs;
    private final int warmup;
    private final Progress progress;

    /**
     * @param hub    an opened synthetic hub
     * @param runs   timed tasks per case
     * @param warmup untimed tasks per case
     */
    public SelectionBench(SyntheticHub hub, int runs, int warmup, Progress progress) {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("need runs >= 1 and warmup >= 0, got " + runs + ", " + warmup);
        }
        this.hub = hub;
        this.runs = runs;
        this.warmup = warmup;
        this.progress = progress;
    }

    /** The selection variants benchmarked. */
    public enum Variant {
        PAPER(SelectionConfig.paper()),
        CODE(SelectionConfig.officialCode());

        final SelectionConfig config;

        Variant(SelectionConfig config) {
            this.config = config;
        }
    }

    /**
     * One case.
     *
     * @param variant      paper or official-code selection
     * @param models       models scored
     * @param nodes        graph nodes
     * @param classes      task classes
     * @param selected     mean |V_sel|
     * @param latency      per task, wall time in ms
     * @param cpu          per task, CPU time of the process in ms (all threads; what contention does not inflate)
     * @param fallbackRate fallback rows per row asked, over the timed runs
     * @param rowsPerTask  index rows read per task (all models)
     */
    public record Case(Variant variant, int models, int nodes, int classes, double selected, Timings latency,
                       Timings cpu, double fallbackRate, double rowsPerTask) {
    }

    /** Times {@code classes}-class tasks over the first {@code models} models. */
    public Case measure(Variant variant, int models, int classes) {
        progress.start("selection runs", runs);
        try {
            return time(variant, models, classes);
        } finally {
            progress.finish();
        }
    }

    private Case time(Variant variant, int models, int classes) {
        List<TopNIndex> used = hub.indexes().subList(0, Math.min(models, hub.indexes().size()));
        int k = 6;
        for (int w = 0; w < warmup; w++) {
            select(used, task(classes, -1 - w), variant.config, k);
        }
        hub.resetUsage();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        double selected = 0;
        for (int r = 0; r < runs; r++) {
            NodeMatching task = task(classes, r);
            selected += task.selectedNodes().length;
            long cpuStart = ProcessCpu.nanos();
            long start = System.nanoTime();
            select(used, task, variant.config, k);
            nanos[r] = System.nanoTime() - start;
            cpu[r] = ProcessCpu.nanos() - cpuStart;
            progress.advance(1);
        }
        IndexUsage usage = hub.usage();
        return new Case(variant, used.size(), hub.spec().nodes(), classes, selected / runs, Timings.ofNanos(nanos),
                Timings.ofNanos(cpu), usage.fallbackRate(), (double) usage.rows() / runs);
    }

    /** Every combination of the given variants, model counts and class counts. */
    public List<Case> measureAll(List<Variant> variants, List<Integer> models, List<Integer> classes) {
        progress.start("selection runs", (long) variants.size() * models.size() * classes.size() * runs);
        List<Case> out = new ArrayList<>();
        for (Variant v : variants) {
            for (int m : models) {
                for (int c : classes) {
                    out.add(time(v, m, c));
                }
            }
        }
        progress.finish();
        return out;
    }

    private NodeMatching task(int classes, long seed) {
        return SyntheticTasks.matching(hub.graph(), Math.min(classes, hub.spec().nodes()), 5, 1000L * classes + seed);
    }

    /** The timed work: score every model, then rank models for every class. */
    static int select(List<? extends NodeScores> models, NodeMatching task, SelectionConfig config, int k) {
        ReuseScores scores = ReuseScores.compute(models, task.selectedNodes(), task.z(), config);
        int checksum = 0;
        for (int y = 0; y < task.nodes().length; y++) {
            checksum += scores.topK(y, k).get(0);
        }
        return checksum;
    }
}
