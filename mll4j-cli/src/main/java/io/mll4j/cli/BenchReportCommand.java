package io.mll4j.cli;

import io.mll4j.bench.PerformanceDoc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mll bench report}: re-renders docs/performance.md from the stored results. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-render docs/performance.md and its figure from docs/bench/results.json.")
final class BenchReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", description = "Docs folder (default: the repository's docs/).")
    Path docs;

    @Override
    public Integer call() {
        Path out = docs != null ? docs : Path.of(System.getProperty("mll4j.repo.root", ".")).resolve("docs");
        spec.commandLine().getOut().println("wrote " + PerformanceDoc.regenerate(out));
        return ExitCodes.OK;
    }
}
