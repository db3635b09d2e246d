package io.mll4j.cli;

import io.mll4j.bench.BenchSuite;
import io.mll4j.bench.PerformanceDoc;
import io.mll4j.bench.synth.SyntheticHubSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mll bench all}: every benchmark side by side, then docs/performance.md. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Run every benchmark (synthetic paper-scale hub, selection, labeling, reuse) and write "
                + "docs/performance.md with its JSON results. Takes several minutes.")
final class BenchAllCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Scratch folder (a few GB).")
    Path work;

    @Option(names = "--docs", paramLabel = "DIR", description = "Docs folder (default: the repository's docs/).")
    Path docs;

    @Option(names = "--models", defaultValue = "49", description = "Models of the synthetic hub.")
    int models;

    @Option(names = "--runs", defaultValue = "15", description = "Timed tasks per paper-variant case.")
    int runs;

    @Option(names = "--code-runs", defaultValue = "3", description = "Timed tasks per code-variant case.")
    int codeRuns;

    @Option(names = "--images", defaultValue = "256", description = "Images for labeling and reuse.")
    int images;

    @Option(names = "--rounds", defaultValue = "5", description = "Interleaved rounds of labeling and reuse.")
    int rounds;

    @Override
    public Integer call() throws IOException {
        Path out = docs != null ? docs : Path.of(System.getProperty("mll4j.repo.root", ".")).resolve("docs");
        BenchSuite.Settings settings = new BenchSuite.Settings(work, SyntheticHubSpec.paper().withModels(models),
                runs, codeRuns, images, rounds, 2);
        Path page = PerformanceDoc.write(out, BenchSuite.run(settings, ConsoleProgress.stderr()));
        spec.commandLine().getOut().println("wrote " + page + " and " + out.resolve(PerformanceDoc.RESULTS));
        return ExitCodes.OK;
    }
}
