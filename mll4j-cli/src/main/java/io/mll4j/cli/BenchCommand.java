package io.mll4j.cli;

import io.mll4j.bench.BenchEnvironment;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.BenchMethods;
import io.mll4j.bench.BenchRunner;
import io.mll4j.bench.BenchTask;
import io.mll4j.bench.ClassSource;
import io.mll4j.bench.BenchSummary;
import io.mll4j.bench.HubGrowth;
import io.mll4j.bench.Sweep;
import io.mll4j.bench.TaskSuite;
import io.mll4j.bench.TestSplits;
import io.mll4j.bench.papera.PaperAMethods;
import io.mll4j.data.DatasetCatalog;
import io.mll4j.data.Split;
import io.mll4j.util.Mll4jHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mll bench}: runs the task suite, one JSON per (task, method, k, α); {@code mll bench build} tabulates. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {BenchBuildCommand.class, BenchSynthCommand.class, BenchSelectionCommand.class,
                BenchAllCommand.class, BenchReportCommand.class, BenchIndexCheckCommand.class},
        description = {"Benchmark MLL against its baselines on the task suite (bench/tasks.json).",
                "Writes one JSON per (task, method, k, alpha) to --out and skips runs already there with the same "
                        + "inputs; model outputs are computed once per test image and cached.",
                "  mll bench [--tasks cifar10,mnist] [--methods mll-paper,inb] [--k 1,3] [--alpha 0.7]",
                "  mll bench build            # tables and plots into docs/",
                "Performance at paper scale (docs/performance.md): mll bench synth | selection | all | report | index-check"})
final class BenchCommand implements Callable<Integer> {
    /** MLL variants are also swept over α; these methods over k = 1..6. */
    private static final List<String> ALPHA_SWEPT = List.of("mll-paper", "mll-code");
    private static final List<String> K_SWEPT = List.of("mll-paper", "mll-code", "inb", "random", "oracle-class",
            "chco-budget", "mll-fusion");
    private static final List<Double> ALPHA_SWEEP = List.of(0.5, 0.6, 0.7, 0.8, 0.9);
    private static final List<Integer> K_SWEEP = List.of(1, 2, 3, 4, 5, 6);

    @Spec
    CommandSpec spec;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HOME/demo-hub, synced from the "
            + "repository's hub-demo like `mll demo`, so labels and caches stay out of the repository).")
    Path hubDirectory;

    @Option(names = "--suite", paramLabel = "FILE", description = "Task suite (default: the repository's bench/tasks.json).")
    Path suiteFile;

    @Option(names = "--tasks", split = ",", paramLabel = "NAME", description = "Only these tasks (default: all).")
    List<String> tasks = List.of();

    @Option(names = "--methods", split = ",", paramLabel = "NAME",
            description = "Only these methods (default: all): mll-paper, mll-code, random, inb, modelgpt, all-models, "
                    + "oracle-task, oracle-class; paper A: chco, chco-no-patch, chco-budget, best-expert, all-experts, "
                    + "random-experts, mll-fusion, chco-growth, oracle-experts.")
    List<String> methods = List.of();

    @Option(names = "--k", split = ",", paramLabel = "K", defaultValue = "1,3", description = "Values of k (default: ${DEFAULT-VALUE}).")
    List<Integer> ks;

    @Option(names = "--alpha", split = ",", paramLabel = "A", defaultValue = "0.7",
            description = "Values of alpha for MLL (default: ${DEFAULT-VALUE}).")
    List<Double> alphas;

    @Option(names = "--sweeps", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also the ablations: alpha 0.5-0.9 (MLL, k 1 and 3), k 1-6 (MLL, INB, random, per-class "
                    + "oracle) and hub growth (default: on; --no-sweeps for the main table only).")
    boolean sweeps;

    @Option(names = "--growth-orders", paramLabel = "N", defaultValue = "" + HubGrowth.DEFAULT_ORDERS,
            description = "Random hub orders of the growth study (default: ${DEFAULT-VALUE}).")
    int growthOrders;

    @Option(names = "--per-class", paramLabel = "N", description = "Test images per class for every task (default: the suite's).")
    Integer perClass;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of random draws and hub orders (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
            description = "Folder of the run JSON files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Cached model outputs (default: <hub>/cache/bench).")
    Path cache;

    @Option(names = "--overwrite", description = "Recompute runs already stored.")
    boolean overwrite;

    /** The hub's experts: the paper-A growth curve runs over 1..this many. */
    private static int expertCount(Path hubDir) {
        try (io.mll4j.hub.ModelHub hub = io.mll4j.hub.ModelHub.builder().optDirectory(hubDir).build()) {
            return (int) Math.max(1, hub.list().stream()
                    .filter(e -> e.manifest().kind() == io.mll4j.hub.ModelKind.EXPERT).count());
        }
    }

    @Override
    public Integer call() throws IOException {
        Path hubDir = hubDirectory;
        if (hubDir == null) {
            hubDir = Mll4jHome.dir().resolve("demo-hub");
            int copied = DemoCommand.syncDemoHub(DemoHubPaths.defaultHub(), hubDir);
            if (copied > 0) {
                spec.commandLine().getOut().printf("copied %d demo model(s) from hub-demo/ into %s%n", copied, hubDir);
            }
        }
        Path suitePath = suiteFile != null ? suiteFile : DemoHubPaths.repoRoot().resolve(TaskSuite.DEFAULT_FILE);
        TaskSuite suite = TaskSuite.read(suitePath);
        if (perClass != null) {
            suite = new TaskSuite(suite.version(), perClass, suite.tasks().stream()
                    .map(t -> new BenchTask(t.name(), t.description(), t.classes(), null)).toList());
        }
        BenchMethods registry = BenchMethods.standard().with(PaperAMethods.all());
        List<BenchMethod> chosen = registry.select(methods);
        suite.select(tasks);
        DatasetCatalog catalog = DatasetCatalog.openDefault();
        TestSplits splits = new TestSplits(d -> catalog.open(d, Split.TEST));
        List<String> datasets = suite.tasks().stream().flatMap(t -> t.classes().stream())
                .flatMap(c -> c.sources().stream()).map(ClassSource::dataset).distinct().toList();
        Map<String, List<String>> classIds = new LinkedHashMap<>();
        datasets.stream().filter(catalog.datasetIds()::contains)
                .forEach(d -> classIds.put(d, catalog.descriptor(d).classIds()));
        suite.checkSources(classIds);
        List<Sweep> plan = new ArrayList<>(List.of(new Sweep(chosen, ks, alphas)));
        if (sweeps) {
            List<BenchMethod> alphaSwept = chosen.stream().filter(m -> ALPHA_SWEPT.contains(m.name())).toList();
            List<BenchMethod> kSwept = chosen.stream().filter(m -> K_SWEPT.contains(m.name())).toList();
            if (!alphaSwept.isEmpty()) {
                plan.add(new Sweep(alphaSwept, List.of(1, 3), ALPHA_SWEEP));
            }
            if (!kSwept.isEmpty()) {
                plan.add(new Sweep(kSwept, K_SWEEP, List.of(0.7)));
            }
            List<BenchMethod> growth = chosen.stream().filter(m -> m.name().equals(PaperAMethods.GROWTH)).toList();
            if (!growth.isEmpty()) {
                plan.add(new Sweep(growth, java.util.stream.IntStream.rangeClosed(1, expertCount(hubDir)).boxed()
                        .toList(), List.of(0.7)));
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        BenchSummary summary;
        try (PipelineContext ctx = new PipelineContext(hubDir)) {
            BenchEnvironment env = new BenchEnvironment(ctx.hub(), ctx.models(), ctx.graph(), ctx.labels(),
                    ctx.resolver(), ctx.pipeline().textEncoder(), Mll4jHome.data());
            Path repo = DemoHubPaths.repoRoot();
            Path absolute = suitePath.toAbsolutePath().normalize();
            String recorded = absolute.startsWith(repo) ? repo.relativize(absolute).toString() : absolute.toString();
            summary = BenchRunner.builder().setEnvironment(env).setSuite(suite, recorded)
                    .setTestSplits(splits).setOutputDir(out)
                    .setCacheDir(cache != null ? cache : ctx.hub().directory().resolve("cache").resolve("bench"))
                    .setSweeps(plan).optTasks(tasks).optGrowthOrders(sweeps ? growthOrders : 0).optSeed(seed)
                    .optOverwrite(overwrite).optProgress(ConsoleProgress.stderr()).optLog(line -> {
                        w.println(line);
                        w.flush();
                    }).build().run();
        }
        w.printf(Locale.ROOT, "%d run(s) written, %d skipped (already done), %d hub-growth file(s), in %.1f s -> %s%n",
                summary.written(), summary.skipped(), summary.growth(), summary.seconds(), out);
        w.println("Tabulate with: mll bench build --in " + out);
        w.flush();
        return ExitCodes.OK;
    }
}
