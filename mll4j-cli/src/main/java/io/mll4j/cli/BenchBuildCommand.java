package io.mll4j.cli;

import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.BenchMethods;
import io.mll4j.bench.BenchTask;
import io.mll4j.bench.TaskSuite;
import io.mll4j.bench.report.ResultsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mll bench build}: merges the run files into docs/results.md, a CSV and SVG plots. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Merge benchmark run files into results.md (its analysis section is kept), results.csv and "
                + "SVG plots under results/.",
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

    @Option(names = "--suite", paramLabel = "FILE",
            description = "Task suite for row order and the task legend (default: the repository's bench/tasks.json).")
    Path suiteFile;

    @Option(names = "--alpha", defaultValue = "0.7", description = "Alpha of the main tables (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--k", split = ",", defaultValue = "1,3", description = "k of the main tables (default: ${DEFAULT-VALUE}).")
    List<Integer> ks;

    @Override
    public Integer call() {
        Path suitePath = suiteFile != null ? suiteFile : DemoHubPaths.repoRoot().resolve(TaskSuite.DEFAULT_FILE);
        List<BenchTask> tasks = suiteFile != null || Files.isRegularFile(suitePath) ? TaskSuite.read(suitePath).tasks()
                : List.of();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (BenchMethod m : BenchMethods.standard().all()) {
            descriptions.put(m.name(), m.description());
        }
        List<Path> files = ResultsBuilder.builder().setInput(in).setOutput(out)
                .optMethods(List.copyOf(descriptions.keySet()), descriptions).optTasks(tasks).optAlpha(alpha)
                .optMainKs(ks).build().build();
        PrintWriter w = spec.commandLine().getOut();
        files.forEach(f -> w.println("wrote " + f));
        w.flush();
        return ExitCodes.OK;
    }
}
