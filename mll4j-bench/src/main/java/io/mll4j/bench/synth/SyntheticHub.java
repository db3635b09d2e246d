package io.mll4j.bench.synth;

import io.mll4j.exception.DataException;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.label.index.IndexUsage;
import io.mll4j.label.index.LabelIndexes;
import io.mll4j.label.index.TopNIndex;
import io.mll4j.label.index.TopNIndexWriter;
import io.mll4j.progress.Progress;
import io.mll4j.util.Directories;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * A synthetic hub on disk: {@value #SPEC_FILE} (the spec) and, through the ordinary {@link LabelStore} layout under
 * {@code labels/}, one top-N index per model ({@code labels/synth-07/<key>/topn-16.idx}). Opening it maps the
 * indexes and rebuilds the procedural exact rows behind them for fallbacks.
 */
public final class SyntheticHub implements AutoCloseable {
    public static final String SPEC_FILE = "synthetic-hub.json";
    public static final String TEXT_VARIANT = "synthetic";

    private final SyntheticHubSpec spec;
    private final SyntheticGraph graph;
    private final List<SyntheticLabel> labels;
    private final List<TopNIndex> indexes;

    private SyntheticHub(SyntheticHubSpec spec, SyntheticGraph graph, List<SyntheticLabel> labels,
                         List<TopNIndex> indexes) {
        this.spec = spec;
        this.graph = graph;
        this.labels = labels;
        this.indexes = indexes;
    }

    /** Hub id of model {@code m}. */
    public static String modelId(int m) {
        return String.format(Locale.ROOT, "synth-%02d", m);
    }

    /** The label key of model {@code m}: the model "file" hash is the spec's and the model's. */
    public static LabelKey key(SyntheticHubSpec spec, int m) {
        String graphVersion = Hashes.sha256(("synthetic-graph " + spec.nodes() + " " + spec.neighbourhood() + " "
                + spec.seed()).getBytes(StandardCharsets.UTF_8));
        String model = Hashes.sha256((Json.write(spec) + " model " + m).getBytes(StandardCharsets.UTF_8));
        return new LabelKey(modelId(m), model, graphVersion, TEXT_VARIANT);
    }

    /**
     * Generates the hub into {@code dir}, one model per task on {@code threads} threads. Resumable: models whose
     * index exists for the same spec are kept; a different spec replaces the hub.
     *
     * @return bytes of all indexes
     */
    public static long generate(Path dir, SyntheticHubSpec spec, int threads, Progress progress) {
        Path specFile = dir.resolve(SPEC_FILE);
        if (Files.isRegularFile(specFile) && !readSpec(specFile).equals(spec)) {
            try {
                Directories.deleteRecursively(dir.resolve("labels"));
            } catch (IOException e) {
                throw new DataException("Cannot clear the old synthetic hub in " + dir + ": " + e.getMessage(), e);
            }
        }
        Json.writeAtomically(specFile, spec);
        SyntheticGraph graph = SyntheticGraph.generate(spec.nodes(), spec.neighbourhood(), spec.seed());
        LabelStore store = new LabelStore(dir.resolve("labels"));
        progress.start("synthetic models", spec.models());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int m = 0; m < spec.models(); m++) {
                int model = m;
                done.add(pool.submit(() -> {
                    Path file = LabelIndexes.file(store, key(spec, model), spec.topN());
                    long bytes = Files.isRegularFile(file) ? Files.size(file)
                            : TopNIndexWriter.write(file, new SyntheticLabel(graph, spec, model), spec.topN(),
                            Progress.NONE);
                    progress.advance(1);
                    return bytes;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) {
                total += f.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("Synthetic hub generation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new DataException("Synthetic hub generation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /**
     * Opens a generated hub.
     *
     * @throws DataException if the spec or an index is missing (naming what to run)
     */
    public static SyntheticHub open(Path dir) {
        Path specFile = dir.resolve(SPEC_FILE);
        if (!Files.isRegularFile(specFile)) {
            throw new DataException("No synthetic hub at " + dir + " (make one with `mll bench synth --out " + dir
                    + "`)");
        }
        SyntheticHubSpec spec = readSpec(specFile);
        SyntheticGraph graph = SyntheticGraph.generate(spec.nodes(), spec.neighbourhood(), spec.seed());
        LabelStore store = new LabelStore(dir.resolve("labels"));
        List<SyntheticLabel> labels = new ArrayList<>();
        List<TopNIndex> indexes = new ArrayList<>();
        for (int m = 0; m < spec.models(); m++) {
            SyntheticLabel label = new SyntheticLabel(graph, spec, m);
            Path file = LabelIndexes.file(store, key(spec, m), spec.topN());
            if (!Files.isRegularFile(file)) {
                throw new DataException("Synthetic hub " + dir + " lacks the index of " + modelId(m) + " (" + file
                        + "); rerun `mll bench synth --out " + dir + "` to finish it");
            }
            labels.add(label);
            indexes.add(TopNIndex.open(file, label));
        }
        return new SyntheticHub(spec, graph, List.copyOf(labels), List.copyOf(indexes));
    }

    private static SyntheticHubSpec readSpec(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), SyntheticHubSpec.class);
        } catch (IOException e) {
            throw new DataException("Cannot read synthetic hub spec " + file + ": " + e.getMessage(), e);
        }
    }

    public SyntheticHubSpec spec() {
        return spec;
    }

    public SyntheticGraph graph() {
        return graph;
    }

    /** Procedural exact rows, in hub order. */
    public List<SyntheticLabel> labels() {
        return labels;
    }

    /** Top-N indexes, in hub order (what selection reads). */
    public List<TopNIndex> indexes() {
        return indexes;
    }

    /** Maps every index into memory now (see {@link TopNIndex#preload()}); returns this hub. */
    public SyntheticHub preload() {
        indexes.forEach(TopNIndex::preload);
        return this;
    }

    /** Bytes of all index files. */
    public long indexBytes() {
        return indexes.stream().mapToLong(TopNIndex::sizeBytes).sum();
    }

    /** Usage summed over the models. */
    public IndexUsage usage() {
        return indexes.stream().map(TopNIndex::usage).reduce(new IndexUsage(0, 0), IndexUsage::plus);
    }

    public void resetUsage() {
        indexes.forEach(TopNIndex::resetUsage);
    }

    @Override
    public void close() {
        indexes.forEach(TopNIndex::close);
    }
}
