package io.mll4j.cli;

import io.mll4j.bench.synth.SyntheticHub;
import io.mll4j.bench.synth.SyntheticHubSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mll bench synth}: writes a seeded synthetic hub of the paper's shape as top-N label indexes. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generate a synthetic hub (default: the paper's 49 models x 9,055 nodes x 75 images).")
final class BenchSynthCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the synthetic hub.")
    Path out;

    @Option(names = "--models", description = "Models (default ${DEFAULT-VALUE}).", defaultValue = "49")
    int models;

    @Option(names = "--nodes", description = "Graph nodes (default ${DEFAULT-VALUE}).", defaultValue = "9055")
    int nodes;

    @Option(names = "--images", description = "Images per node (default ${DEFAULT-VALUE}).", defaultValue = "75")
    int images;

    @Option(names = "--top-n", description = "Index entries per image (default ${DEFAULT-VALUE}).", defaultValue = "16")
    int topN;

    @Option(names = "--seed", description = "Seed (default: the paper spec's).")
    Long seed;

    @Option(names = "--threads", description = "Generator threads (default ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    @Override
    public Integer call() {
        SyntheticHubSpec paper = SyntheticHubSpec.paper();
        SyntheticHubSpec s = new SyntheticHubSpec(seed == null ? paper.seed() : seed, models, nodes, images,
                Math.min(nodes, Math.max(paper.neighbourhood(), topN)), topN);
        long start = System.nanoTime();
        long bytes = SyntheticHub.generate(out, s, threads, ConsoleProgress.stderr());
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "synthetic hub %s: %d models x %,d nodes x %d images, top-%d index%n", out, s.models(),
                s.nodes(), s.imagesPerNode(), s.topN());
        w.printf(Locale.ROOT, "index: %s total, %s per model; %.1f s%n", HumanUnits.bytes(bytes),
                HumanUnits.bytes(bytes / s.models()), (System.nanoTime() - start) / 1e9);
        w.flush();
        return ExitCodes.OK;
    }
}
