package io.mll4j.cli;

import io.mll4j.bench.MemoryUse;
import io.mll4j.bench.SelectionBench;
import io.mll4j.bench.synth.SyntheticHub;
import io.mll4j.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mll bench selection}: selection latency over a synthetic hub. */
@Command(name = "selection", mixinStandardHelpOptions = true,
        description = "Time selection over a synthetic hub (after load) for tasks of several sizes.")
final class BenchSelectionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hub", required = true, paramLabel = "DIR", description = "Synthetic hub (mll bench synth).")
    Path hub;

    @Option(names = "--classes", split = ",", defaultValue = "10,100,1000", description = "Task sizes.")
    List<Integer> classes;

    @Option(names = "--models", split = ",", description = "Model counts (default: all).")
    List<Integer> models;

    @Option(names = "--variants", split = ",", defaultValue = "PAPER,CODE", description = "PAPER and/or CODE.")
    List<SelectionBench.Variant> variants;

    @Option(names = "--runs", defaultValue = "15", description = "Timed tasks per case.")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed tasks per case.")
    int warmup;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results as JSON.")
    Path out;

    /** What the JSON holds. */
    record Result(String hub, int hubModels, int nodes, int imagesPerNode, int topN, long indexBytes,
                  MemoryUse afterLoad, MemoryUse afterRuns, List<SelectionBench.Case> cases) {
    }

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (SyntheticHub h = SyntheticHub.open(hub).preload()) {
            MemoryUse loaded = MemoryUse.now();
            List<Integer> counts = models == null ? List.of(h.indexes().size()) : models;
            List<SelectionBench.Case> cases = new SelectionBench(h, runs, warmup, ConsoleProgress.stderr())
                    .measureAll(variants, counts, classes);
            Result result = new Result(hub.toString(), h.indexes().size(), h.spec().nodes(),
                    h.spec().imagesPerNode(), h.spec().topN(), h.indexBytes(), loaded, MemoryUse.now(), cases);
            w.printf(Locale.ROOT, "%-6s %6s %6s %7s %7s %9s %9s %9s%n", "variant", "models", "nodes", "classes",
                    "|Vsel|", "median ms", "p90 ms", "fallback");
            for (SelectionBench.Case c : cases) {
                w.printf(Locale.ROOT, "%-6s %6d %6d %7d %7.0f %9.1f %9.1f %8.3f%%  cpu %.1f ms%n", c.variant(), c.models(),
                        c.nodes(), c.classes(), c.selected(), c.latency().median(), c.latency().p90(),
                        100 * c.fallbackRate(), c.cpu().median());
            }
            w.printf(Locale.ROOT, "index %s; heap %.0f MiB, resident %.0f MiB after load%n",
                    HumanUnits.bytes(h.indexBytes()), loaded.heapMiB(), loaded.residentMiB());
            if (out != null) {
                Json.writeAtomically(out, result);
            }
        }
        w.flush();
        return ExitCodes.OK;
    }
}
