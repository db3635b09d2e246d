package io.mll4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mll bench build}: merges the run files into docs/results.md, a CSV and plots. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Merge benchmark run files into docs/results.md, results.csv and SVG plots.",
                "  mll bench build [--in bench-results] [--out docs]"})
final class BenchBuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", paramLabel = "DIR", defaultValue = "bench-results",
            description = "Folder of run files (default: ${DEFAULT-VALUE}).")
    Path in;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs",
            description = "Folder for results.md, results.csv and results/*.svg (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}
