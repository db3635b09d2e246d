package io.mll4j.bench.report;

import io.mll4j.bench.BenchTask;
import io.mll4j.bench.GrowthRecord;
import io.mll4j.bench.RunStore;
import io.mll4j.exception.DataException;
import io.mll4j.util.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * {@code mll bench build} (CLIP_benchmark's {@code build}): merges the run files of a results folder into
 * {@code results.md} (keeping its hand-written analysis), {@code results.csv} and SVG plots under
 * {@code results/}. Writes every file atomically.
 */
public final class ResultsBuilder {
    public static final String DOCUMENT = "results.md";
    public static final String CSV = "results.csv";
    public static final String PLOTS = "results";

    private final RunStore store;
    private final Path out;
    private final List<String> methodOrder;
    private final Map<String, String> descriptions;
    private final List<BenchTask> tasks;
    private final double alpha;
    private final List<Integer> mainKs;

    private ResultsBuilder(Builder b) {
        this.store = new RunStore(b.in);
        this.out = b.out;
        this.methodOrder = b.methodOrder;
        this.descriptions = b.descriptions;
        this.tasks = b.tasks;
        this.alpha = b.alpha;
        this.mainKs = b.mainKs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the document, the CSV and the plots; returns the files written. */
    public List<Path> build() {
        ResultIndex index = new ResultIndex(store.runs(), tasks.stream().map(BenchTask::name).toList(), methodOrder);
        if (index.size() == 0) {
            throw new DataException("No run files in " + store.dir() + "; run `mll bench` first");
        }
        List<GrowthRecord> growthRecords = store.growth().stream().filter(g -> index.tasks().contains(g.task()))
                .toList();
        GrowthSummary growth = GrowthSummary.of(growthRecords);
        List<Path> written = new ArrayList<>();
        Map<String, String> plots = plots(index, growth, written);
        Path doc = out.resolve(DOCUMENT);
        String previous = null;
        if (Files.isRegularFile(doc)) {
            try {
                previous = Files.readString(doc);
            } catch (IOException e) {
                throw new DataException("Cannot read " + doc + ": " + e.getMessage(), e);
            }
        }
        String md = new ResultsDocument(index, growth, descriptions, tasks, alpha, mainKs)
                .render(ResultsDocument.analysisOf(previous), plots);
        write(doc, md, written);
        write(out.resolve(CSV), ResultsCsv.write(index), written);
        return written;
    }

    private Map<String, String> plots(ResultIndex index, GrowthSummary growth, List<Path> written) {
        Map<String, String> plots = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(index.tasks());
        groups.add("average");
        for (int k : mainKs) {
            List<SvgChart.Series> series = new ArrayList<>();
            for (String m : index.methods()) {
                double[] v = new double[groups.size()];
                for (int t = 0; t < index.tasks().size(); t++) {
                    v[t] = value(index.top1(index.tasks().get(t), m, k, alpha));
                }
                v[groups.size() - 1] = value(index.averageTop1(m, k, alpha));
                series.add(new SvgChart.Series(m + (index.isUpperBound(m) ? " (ub)" : ""), v, null));
            }
            plot(plots, written, "accuracy-k" + k, SvgChart.bars("Top-1 accuracy, k = " + k + ", α = " + alpha, groups,
                    series, "top-1 accuracy (%)"));
        }
        List<Double> alphas = index.records().stream().map(r -> r.key().alpha()).filter(Objects::nonNull).distinct()
                .sorted().toList();
        if (alphas.size() > 1) {
            List<SvgChart.Series> series = new ArrayList<>();
            for (String m : index.methods()) {
                for (int k : mainKs) {
                    double[] v = alphas.stream().mapToDouble(a -> value(index.averageTop1(m, k, a))).toArray();
                    boolean varies = index.records().stream().anyMatch(r -> r.key().method().equals(m)
                            && r.key().alpha() != null);
                    if (varies && java.util.Arrays.stream(v).anyMatch(x -> !Double.isNaN(x))) {
                        series.add(new SvgChart.Series(m + " k=" + k, v, null));
                    }
                }
            }
            plot(plots, written, "alpha-sweep", SvgChart.lines("α sweep (average top-1)",
                    alphas.stream().mapToDouble(Double::doubleValue).toArray(), series, "α", "top-1 accuracy (%)", true));
        }
        List<Integer> ks = index.records().stream().map(r -> r.key().k()).filter(Objects::nonNull).distinct().sorted()
                .toList();
        if (ks.size() > mainKs.size()) {
            double[] xs = ks.stream().mapToDouble(Integer::doubleValue).toArray();
            List<SvgChart.Series> acc = new ArrayList<>();
            List<SvgChart.Series> cost = new ArrayList<>();
            for (String m : index.methods()) {
                if (ks.stream().allMatch(k -> index.averageTop1(m, k, alpha).isPresent())) {
                    acc.add(new SvgChart.Series(m, ks.stream().mapToDouble(k -> value(index.averageTop1(m, k, alpha)))
                            .toArray(), null));
                    cost.add(new SvgChart.Series(m, ks.stream().mapToDouble(k -> value(index.averageCostRatio(m, k,
                            alpha))).toArray(), null));
                }
            }
            plot(plots, written, "k-sweep", SvgChart.lines("k sweep (average top-1)", xs, acc, "k",
                    "top-1 accuracy (%)", true));
            plot(plots, written, "k-cost", SvgChart.lines("k sweep: cost ratio (ms/image vs one model)", xs, cost,
                    "k", "cost ratio", false));
        }
        if (growth != null) {
            plot(plots, written, "hub-growth", SvgChart.lines("Hub growth (" + growth.orders() + " orders, mean ± sd)",
                    growth.sizes(), List.of(new SvgChart.Series("MLL (paper, k=1)", growth.mllMean(), growth.mllSd()),
                            new SvgChart.Series("INB", growth.inbMean(), growth.inbSd())), "hub size (VLMs)",
                    "average top-1 accuracy (%)", true));
        }
        return plots;
    }

    private void plot(Map<String, String> plots, List<Path> written, String id, String svg) {
        String relative = PLOTS + "/" + id + ".svg";
        write(out.resolve(relative), svg, written);
        plots.put(id, relative);
    }

    private static void write(Path file, String text, List<Path> written) {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        written.add(file);
    }

    private static double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    /** {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private Path in;
        private Path out;
        private List<String> methodOrder = List.of();
        private Map<String, String> descriptions = Map.of();
        private List<BenchTask> tasks = List.of();
        private double alpha = 0.7;
        private List<Integer> mainKs = List.of(1, 3);

        private Builder() {
        }

        /** Folder of run files. */
        public Builder setInput(Path value) {
            this.in = value;
            return this;
        }

        /** Folder of results.md, results.csv and results/. */
        public Builder setOutput(Path value) {
            this.out = value;
            return this;
        }

        /** Column order and one-line descriptions of the methods. */
        public Builder optMethods(List<String> order, Map<String, String> descriptionsByName) {
            this.methodOrder = List.copyOf(order);
            this.descriptions = Map.copyOf(descriptionsByName);
            return this;
        }

        /** The suite's tasks: row order and the task legend. */
        public Builder optTasks(List<BenchTask> value) {
            this.tasks = List.copyOf(value);
            return this;
        }

        /** α of the main tables (default 0.7). */
        public Builder optAlpha(double value) {
            this.alpha = value;
            return this;
        }

        /** k of the main tables (default 1 and 3). */
        public Builder optMainKs(List<Integer> value) {
            this.mainKs = List.copyOf(value);
            return this;
        }

        public ResultsBuilder build() {
            Objects.requireNonNull(in, "input folder is required (setInput)");
            Objects.requireNonNull(out, "output folder is required (setOutput)");
            return new ResultsBuilder(this);
        }
    }
}
