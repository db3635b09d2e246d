package io.mll4j.bench;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.HubLabeler;
import io.mll4j.progress.Progress;
import io.mll4j.select.MethodVariant;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the benchmark (CLIP_benchmark's {@code eval}): for each task and each run of the sweeps, one JSON file named by
 * {@link RunKey}; a file whose fingerprint matches is skipped, so an interrupted or extended benchmark only computes
 * what is missing. Before the first pending run it labels the candidate VLMs that lack a label ({@code mll label})
 * and computes every model's outputs once per TEST image ({@link OutputRunner}).
 * <p>The fingerprint of a run hashes the result format, its key, the task as defined and its images per class, the
 * candidates (ids, fingerprints, general scores, costs), the graph version, the seed, and (for methods fitted across
 * tasks) the whole suite: change any of them and the run is redone.
 */
public final class BenchRunner {
    /** Bump when a method's meaning changes so that stored results go stale. */
    public static final int FORMAT = 2;

    private final BenchEnvironment env;
    private final TaskSuite suite;
    private final String suiteFile;
    private final List<String> taskNames;
    private final List<Sweep> sweeps;
    private final int growthOrders;
    private final long seed;
    private final boolean overwrite;
    private final RunStore store;
    private final OutputStore outputs;
    private final TestSplits splits;
    private final int batchSize;
    private final Progress progress;
    private final Consumer<String> log;

    private BenchRunner(Builder b) {
        this.env = b.env;
        this.suite = b.suite;
        this.suiteFile = b.suiteFile;
        this.taskNames = b.taskNames;
        this.sweeps = b.sweeps;
        this.growthOrders = b.growthOrders;
        this.seed = b.seed;
        this.overwrite = b.overwrite;
        this.store = new RunStore(b.outDir);
        this.outputs = new OutputStore(b.cacheDir);
        this.splits = b.splits;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.log = b.log;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A planned run. */
    private record Planned(BenchTask task, BenchMethod method, RunParams params, RunKey key, String fingerprint) {
    }

    public BenchSummary run() {
        long start = System.nanoTime();
        List<BenchTask> tasks = suite.select(taskNames);
        List<ModelInfo> vlms = env.hub().list().stream().filter(e -> e.manifest().kind() == ModelKind.VLM)
                .map(ModelInfo::of).toList();
        if (vlms.isEmpty()) {
            throw new io.mll4j.exception.HubException("The hub " + env.hub().directory() + " has no VLM to benchmark");
        }
        List<Planned> plan = plan(tasks, vlms);
        List<Planned> pending = overwrite ? plan : plan.stream().filter(p -> !store.isDone(p.key(), p.fingerprint()))
                .toList();
        List<BenchTask> growthPending = new ArrayList<>();
        if (growthOrders > 0) {
            for (BenchTask t : tasks) {
                if (overwrite || !store.isGrowthDone(t.name(), growthFingerprint(t, vlms))) {
                    growthPending.add(t);
                }
            }
        }
        log.accept(String.format("%d task(s), %d VLM(s): %d run(s) planned, %d already done%s", tasks.size(),
                vlms.size(), plan.size(), plan.size() - pending.size(),
                growthOrders > 0 ? ", hub growth pending for " + growthPending.size() + " task(s)" : ""));
        List<Path> written = new ArrayList<>();
        if (!pending.isEmpty() || !growthPending.isEmpty()) {
            HubContexts contexts = prepare(pending, !growthPending.isEmpty());
            long runsStart = System.nanoTime();
            for (int i = 0; i < pending.size(); i++) {
                Planned p = pending.get(i);
                written.add(execute(p, contexts.context(p.task().name()), vlms, i + 1, pending.size(), runsStart));
            }
            for (BenchTask t : growthPending) {
                GrowthRecord g = HubGrowth.run(contexts.context(t.name()), growthOrders, seed,
                        growthFingerprint(t, vlms));
                store.write(g);
                written.add(store.dir().resolve(RunStore.growthFileName(t.name())));
                log.accept("hub growth " + t.name() + ": " + growthOrders + " orders");
            }
        }
        return new BenchSummary(plan.size(), plan.size() - pending.size(), pending.size(), growthPending.size(),
                written, (System.nanoTime() - start) / 1e9);
    }

    private List<Planned> plan(List<BenchTask> tasks, List<ModelInfo> vlms) {
        Map<String, Planned> plan = new LinkedHashMap<>();
        for (BenchTask t : tasks) {
            for (Sweep s : sweeps) {
                for (BenchMethod m : s.methods()) {
                    for (int k : m.usesK() ? s.ks() : List.of(1)) {
                        for (double a : m.usesAlpha() ? s.alphas() : List.of(0.7)) {
                            RunParams params = new RunParams(k, a, seed);
                            RunKey key = RunKey.of(t.name(), m, params);
                            plan.putIfAbsent(key.fileName(), new Planned(t, m, params, key,
                                    fingerprint(key, t, m, vlms)));
                        }
                    }
                }
            }
        }
        return List.copyOf(plan.values());
    }

    /** Labels what is missing and sets up the contexts of every suite task (fits across tasks see them all). */
    private HubContexts prepare(List<Planned> pending, boolean growth) {
        Set<NodeText> texts = new LinkedHashSet<>();
        Set<ModelKind> kinds = EnumSet.of(ModelKind.VLM);
        pending.forEach(p -> {
            texts.addAll(p.method().labelTexts());
            kinds.addAll(p.method().needs());
        });
        if (growth) {
            texts.add(MethodVariant.PAPER.nodeText());
        }
        for (NodeText nt : texts) {
            List<HubLabeler.Outcome> labeled = HubLabeler.builder().setHub(env.hub()).setOpener(env.opener())
                    .setStore(env.labels()).setGraph(env.graph()).setImageRoot(env.imageRoot()).optNodeText(nt)
                    .optProgress(progress).build().labelAll();
            long fresh = labeled.stream().filter(o -> o.status() == HubLabeler.Status.LABELED).count();
            if (fresh > 0) {
                log.accept("labeled " + fresh + " model(s) with node text " + nt);
            }
        }
        Map<BenchTask, ScoredImages> images = new LinkedHashMap<>();
        for (BenchTask t : suite.tasks()) {
            images.put(t, ScoredImages.of(t, t.perClassOr(suite.perClass()), splits));
        }
        OutputRunner runner = new OutputRunner(outputs, env.opener(), splits, progress, batchSize);
        HubContexts contexts = new HubContexts(env, runner, images, kinds);
        Set<String> datasets = new LinkedHashSet<>();
        boolean all = pending.stream().anyMatch(p -> p.method().usesSuite());
        for (Map.Entry<BenchTask, ScoredImages> e : images.entrySet()) {
            boolean wanted = all || pending.stream().anyMatch(p -> p.task().equals(e.getKey())) || growth;
            if (wanted) {
                datasets.addAll(e.getValue().byDataset().keySet());
            }
        }
        contexts.prefetch(datasets);
        return contexts;
    }

    /** Runs one method, writes its file and logs {@code [i/n ETA] key top1 …} (a line per run, no redrawn bar). */
    private Path execute(Planned p, BenchContext context, List<ModelInfo> vlms, int i, int n, long runsStart) {
        long t0 = System.nanoTime();
        MethodRun run = p.method().run(context, p.params());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double meanMs = vlms.stream().mapToDouble(ModelInfo::msOrZero).average().orElse(0);
        RunRecord.Provenance provenance = new RunRecord.Provenance(Instant.now().toString(), version(), seconds,
                env.graph().version(), vlms.stream().map(RunRecord.HubModel::of).toList(), suiteFile, p.task(),
                p.task().perClassOr(suite.perClass()), seed);
        RunRecord record = new RunRecord(RunRecord.KIND, p.key(), p.fingerprint(), p.method().upperBound(),
                run.metrics(), run.selection(), run.models(), run.msPerImage(),
                meanMs > 0 ? run.msPerImage() / meanMs : null, run.details(), provenance);
        store.write(record);
        double elapsed = (System.nanoTime() - runsStart) / 1e9;
        log.accept(String.format(java.util.Locale.ROOT, "[%d/%d %.1f/s ETA %s] %-36s top1 %.4f%s  %d model(s)  %.1f s",
                i, n, i / elapsed, eta(elapsed / i * (n - i)), p.key(),
                run.metrics().top1(), run.metrics().top5() == null ? "" : String.format(java.util.Locale.ROOT,
                        "  top5 %.4f", run.metrics().top5()), run.models().size(), seconds));
        return store.path(p.key());
    }

    private static String eta(double seconds) {
        long t = Math.round(seconds);
        return t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }

    private String fingerprint(RunKey key, BenchTask task, BenchMethod method, List<ModelInfo> vlms) {
        record Inputs(int format, RunKey key, BenchTask task, int perClass, List<RunRecord.HubModel> hub,
                      String graph, long seed, TaskSuite suite) {
        }
        return hash(new Inputs(FORMAT, key, task, task.perClassOr(suite.perClass()),
                vlms.stream().map(RunRecord.HubModel::of).toList(), env.graph().version(), seed,
                method.usesSuite() ? suite : null));
    }

    private String growthFingerprint(BenchTask task, List<ModelInfo> vlms) {
        record Inputs(int format, String study, BenchTask task, int perClass, List<RunRecord.HubModel> hub,
                      String graph, long seed, int orders) {
        }
        return hash(new Inputs(FORMAT, GrowthRecord.KIND, task, task.perClassOr(suite.perClass()),
                vlms.stream().map(RunRecord.HubModel::of).toList(), env.graph().version(), seed, growthOrders));
    }

    private static String hash(Object inputs) {
        return Hashes.sha256(Json.write(inputs).getBytes(StandardCharsets.UTF_8));
    }

    private static String version() {
        String v = BenchRunner.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private BenchEnvironment env;
        private TaskSuite suite;
        private String suiteFile = TaskSuite.DEFAULT_FILE;
        private List<String> taskNames = List.of();
        private List<Sweep> sweeps = List.of();
        private int growthOrders;
        private long seed = 1;
        private boolean overwrite;
        private Path outDir;
        private Path cacheDir;
        private TestSplits splits;
        private int batchSize = 256;
        private Progress progress = Progress.NONE;
        private Consumer<String> log = line -> { };

        private Builder() {
        }

        public Builder setEnvironment(BenchEnvironment value) {
            this.env = value;
            return this;
        }

        /** The suite; {@code file} is recorded in provenance. */
        public Builder setSuite(TaskSuite value, String file) {
            this.suite = value;
            this.suiteFile = file;
            return this;
        }

        /** The TEST splits the tasks' images come from. */
        public Builder setTestSplits(TestSplits value) {
            this.splits = value;
            return this;
        }

        /** Folder of the run JSON files. */
        public Builder setOutputDir(Path value) {
            this.outDir = value;
            return this;
        }

        /** Folder of the cached model outputs. */
        public Builder setCacheDir(Path value) {
            this.cacheDir = value;
            return this;
        }

        /** The runs to make, per task. */
        public Builder setSweeps(List<Sweep> value) {
            this.sweeps = List.copyOf(value);
            return this;
        }

        /** Only these tasks (default: all of the suite). */
        public Builder optTasks(List<String> value) {
            this.taskNames = List.copyOf(value);
            return this;
        }

        /** Hub-growth orders per task (0: no growth study). */
        public Builder optGrowthOrders(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("growth orders must be >= 0, got " + value);
            }
            this.growthOrders = value;
            return this;
        }

        public Builder optSeed(long value) {
            this.seed = value;
            return this;
        }

        /** Recompute runs even when stored with the same fingerprint. */
        public Builder optOverwrite(boolean value) {
            this.overwrite = value;
            return this;
        }

        public Builder optBatchSize(int value) {
            this.batchSize = value;
            return this;
        }

        public Builder optProgress(Progress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Receives one line per run and per step. */
        public Builder optLog(Consumer<String> value) {
            this.log = Objects.requireNonNull(value, "log");
            return this;
        }

        public BenchRunner build() {
            Objects.requireNonNull(env, "environment is required (setEnvironment)");
            Objects.requireNonNull(suite, "suite is required (setSuite)");
            Objects.requireNonNull(splits, "test splits are required (setTestSplits)");
            Objects.requireNonNull(outDir, "output folder is required (setOutputDir)");
            Objects.requireNonNull(cacheDir, "cache folder is required (setCacheDir)");
            if (sweeps.isEmpty()) {
                throw new IllegalArgumentException("at least one sweep of runs is required (setSweeps)");
            }
            return new BenchRunner(this);
        }
    }
}
