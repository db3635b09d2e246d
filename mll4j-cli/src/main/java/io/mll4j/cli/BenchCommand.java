package io.mll4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mll bench}: paper-scale synthetic hub, benchmarks and the performance report. */
@Command(name = "bench", description = "Generate a paper-scale synthetic hub, run benchmarks, write docs/performance.md.",
        subcommands = {BenchSynthCommand.class, BenchSelectionCommand.class, BenchAllCommand.class,
                BenchReportCommand.class, BenchIndexCheckCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
