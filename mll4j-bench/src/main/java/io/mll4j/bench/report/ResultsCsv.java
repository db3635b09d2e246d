package io.mll4j.bench.report;

import io.mll4j.bench.RunRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Every run as one CSV row (long format), in table order: the machine-readable twin of docs/results.md. */
public final class ResultsCsv {
    static final String HEADER = "task,method,k,alpha,upper_bound,top1,top5,images,models,ms_per_image,cost_ratio";

    private ResultsCsv() {
    }

    public static String write(ResultIndex index) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<RunRecord> rows = index.records().stream().sorted(Comparator
                .comparingInt((RunRecord r) -> index.tasks().indexOf(r.key().task()))
                .thenComparingInt(r -> index.methods().indexOf(r.key().method()))
                .thenComparingInt(r -> r.key().k() == null ? 0 : r.key().k())
                .thenComparingDouble(r -> r.key().alpha() == null ? 0 : r.key().alpha())).toList();
        for (RunRecord r : rows) {
            csv.append(String.join(",", r.key().task(), r.key().method(),
                    r.key().k() == null ? "" : r.key().k().toString(),
                    r.key().alpha() == null ? "" : String.format(Locale.ROOT, "%.2f", r.key().alpha()),
                    String.valueOf(r.upperBound()), num(r.metrics().top1()),
                    r.metrics().top5() == null ? "" : num(r.metrics().top5()), String.valueOf(r.metrics().images()),
                    String.valueOf(r.models().size()), num(r.msPerImage()),
                    r.costRatio() == null ? "" : num(r.costRatio()))).append('\n');
        }
        return csv.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
