package io.mll4j.bench;

import io.mll4j.bench.SelectionBench.Variant;
import io.mll4j.bench.synth.SyntheticGraph;
import io.mll4j.bench.synth.SyntheticHub;
import io.mll4j.bench.synth.SyntheticHubSpec;
import io.mll4j.progress.Progress;
import io.mll4j.util.Directories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every benchmark of docs/performance.md in one run, so the ratios are measured side by side on the same machine
 * state: synthetic hub generation, selection latency and its growth with classes, models, nodes and N, labeling
 * throughput against the model alone, reuse throughput against the sum of its models.
 */
public final class BenchSuite {
    private BenchSuite() {
    }

    /**
     * What to run.
     *
     * @param work          scratch folder (synthetic hubs, images, models)
     * @param spec          the paper-scale hub
     * @param selectionRuns timed tasks per paper-variant case
     * @param codeRuns      timed tasks per code-variant case (seconds each)
     * @param images        images for labeling and reuse
     * @param rounds        interleaved rounds of labeling and reuse (best counts)
     * @param threads       generator and ONNX Runtime threads
     */
    public record Settings(Path work, SyntheticHubSpec spec, int selectionRuns, int codeRuns, int images, int rounds,
                           int threads) {
        public static Settings defaults(Path work) {
            return new Settings(work, SyntheticHubSpec.paper(), 15, 3, 256, 5, 2);
        }
    }

    /**
     * Index size and fallbacks for one N.
     *
     * @param n             entries per row
     * @param bytesPerModel index bytes per model
     * @param paper         100-class paper-variant selection (7 models)
     * @param code          100-class code-variant selection (7 models)
     */
    public record TopNCase(int n, long bytesPerModel, SelectionBench.Case paper, SelectionBench.Case code) {
    }

    /** Everything measured, as written to docs/bench/results.json. */
    public record Results(String createdAt, String machine, double loadBefore, double loadAfter, SyntheticHubSpec spec,
                          long indexBytes, double generationSeconds, MemoryUse afterLoad,
                          List<SelectionBench.Case> selection, List<SelectionBench.Case> byClasses,
                          List<SelectionBench.Case> byModels, List<SelectionBench.Case> byNodes,
                          List<TopNCase> byTopN, EmbeddingBaseline.Result embedding, LabelingBench.Result labeling,
                          List<ReuseBench.Case> reuse) {
    }

    public static Results run(Settings s, Progress progress) throws IOException {
        double loadBefore = ProcessCpu.loadAverage();
        Path paperDir = s.work().resolve("paper-hub");
        Directories.deleteRecursively(paperDir);
        long start = System.nanoTime();
        long bytes = SyntheticHub.generate(paperDir, s.spec(), s.threads(), progress);
        double generation = (System.nanoTime() - start) / 1e9;
        List<SelectionBench.Case> selection;
        List<SelectionBench.Case> byClasses;
        List<SelectionBench.Case> byModels;
        List<SelectionBench.Case> byNodes = new ArrayList<>();
        MemoryUse loaded;
        try (SyntheticHub hub = SyntheticHub.open(paperDir).preload()) {
            loaded = MemoryUse.now();
            SelectionBench paperBench = new SelectionBench(hub, s.selectionRuns(), 20, progress);
            int all = s.spec().models();
            selection = new ArrayList<>(paperBench.measureAll(List.of(Variant.PAPER), List.of(all),
                    List.of(10, 100, 1000)));
            selection.addAll(new SelectionBench(hub, s.codeRuns(), 1, progress).measureAll(List.of(Variant.CODE),
                    List.of(all), List.of(10, 100, 1000)));
            byClasses = paperBench.measureAll(List.of(Variant.PAPER), List.of(all), List.of(10, 30, 100, 300, 1000));
            byModels = paperBench.measureAll(List.of(Variant.PAPER), List.of(1, 7, 14, 28, all), List.of(100));
            byNodes.add(paperBench.measure(Variant.PAPER, all, 100));
        }
        for (int nodes : new int[]{3000, 1000}) {
            byNodes.add(0, smallerHub(s, s.spec().withNodes(nodes), "nodes-" + nodes, progress,
                    (hub, p) -> new SelectionBench(hub, s.selectionRuns(), 20, p).measure(Variant.PAPER,
                            s.spec().models(), 100)));
        }
        List<TopNCase> byTopN = new ArrayList<>();
        for (int n : new int[]{4, 8, 16, 32}) {
            SyntheticHubSpec spec = s.spec().withModels(7).withTopN(n);
            byTopN.add(smallerHub(s, spec, "topn-" + n, progress, (hub, p) -> new TopNCase(n,
                    hub.indexBytes() / spec.models(),
                    new SelectionBench(hub, s.selectionRuns(), 20, p).measure(Variant.PAPER, spec.models(), 100),
                    new SelectionBench(hub, s.codeRuns(), 1, p).measure(Variant.CODE, spec.models(), 100))));
        }
        EmbeddingBaseline.Result embedding = EmbeddingBaseline.measure(SyntheticGraph.generate(s.spec().nodes(),
                s.spec().neighbourhood(), s.spec().seed()), s.spec().imagesPerNode(), 512, 2);
        BenchWorld world = BenchWorld.create(s.work().resolve("world"), s.images(), 6);
        LabelingBench.Result labeling = new LabelingBench(world, 32, s.threads()).measure(s.rounds());
        List<ReuseBench.Case> reuse = new ReuseBench(world, 32, s.threads()).measure(List.of(1, 3, 6), 10,
                s.rounds());
        world.hub().close();
        return new Results(Instant.now().toString(), machine(), loadBefore, ProcessCpu.loadAverage(), s.spec(), bytes,
                generation, loaded, selection, byClasses, byModels, byNodes, byTopN, embedding, labeling, reuse);
    }

    /** Something measured on an opened hub. */
    private interface OnHub<T> {
        T measure(SyntheticHub hub, Progress progress);
    }

    private static <T> T smallerHub(Settings s, SyntheticHubSpec spec, String name, Progress progress, OnHub<T> what)
            throws IOException {
        Path dir = s.work().resolve(name);
        SyntheticHub.generate(dir, spec, s.threads(), progress);
        try (SyntheticHub hub = SyntheticHub.open(dir).preload()) {
            return what.measure(hub, progress);
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}
