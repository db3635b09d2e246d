package io.mll4j.bench.papera;

import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.RunRecord;
import io.mll4j.bench.report.ResultIndex;
import io.mll4j.bench.report.ResultsSection;
import io.mll4j.bench.report.SvgChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Paper A's part of results.md: per task CHCO's estimate (node images) beside its measured accuracy, with and without
 * the patch, against the best single expert, all experts, random and oracle combinations and paper B; paper A's
 * fusion as a reuser of paper-B selections; the budget sweep; the growth of the expert hub.
 */
public final class PaperAReport implements ResultsSection {
    private static final String BUDGET = "chco-budget";
    private static final int MAIN_K = 1;
    private static final double ALPHA = 0.7;

    private final Map<String, String> descriptions = new LinkedHashMap<>();

    public PaperAReport() {
        for (BenchMethod m : PaperAMethods.all()) {
            descriptions.put(m.name(), m.description());
        }
    }

    @Override
    public Set<String> ownMethods() {
        return Set.of(BUDGET, PaperAMethods.GROWTH);
    }

    @Override
    public Map<String, String> plots(ResultIndex all) {
        Map<String, String> plots = new LinkedHashMap<>();
        List<Integer> sizes = ks(all, PaperAMethods.GROWTH);
        if (sizes.size() > 1) {
            double[] mean = sizes.stream().mapToDouble(k -> value(all.averageTop1(PaperAMethods.GROWTH, k, ALPHA)))
                    .toArray();
            double[] sd = sizes.stream().mapToDouble(k -> meanDetail(all, PaperAMethods.GROWTH, k, "top1Sd")).toArray();
            List<SvgChart.Series> series = new ArrayList<>(List.of(new SvgChart.Series("CHCO + patch", mean, sd)));
            plots.put("expert-growth", SvgChart.lines("Expert hub growth (mean over random hub orders ± mean sd)",
                    sizes.stream().mapToDouble(Integer::doubleValue).toArray(), series, "experts in the hub",
                    "average top-1 accuracy (%)", true));
        }
        return plots;
    }

    @Override
    public String render(ResultIndex all, Map<String, String> plotFiles) {
        StringBuilder md = new StringBuilder("## Paper A: expert head combinations (CHCO + VLM patch)\n\n");
        md.append("Confusions are estimated on the classes' graph-node images only; *est.* is CHCO's estimate of its "
                + "fusion's accuracy there (macro mean, leave-one-out), beside the measured top-1 on the TEST images. "
                + "*patch* = `chco` − `chco-no-patch`. Paper B (`mll-paper`, k = 1) for reference.\n\n");
        List<String> cols = List.of("chco", "chco-no-patch", "best-expert", "all-experts", "random-experts",
                "oracle-experts", "mll-paper");
        md.append("| task | chco est. | chco | chco-no-patch | patch | best-expert | all-experts | random-experts "
                + "| oracle-experts ᵘᵇ | mll-paper | heads run by chco |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (String t : all.tasks()) {
            Optional<RunRecord> chco = all.get(t, "chco", MAIN_K, ALPHA);
            md.append("| ").append(t).append(" | ").append(chco.map(r -> pct(detail(r, "estimated"))).orElse("–"));
            for (String m : cols) {
                md.append(" | ").append(fmt(all.top1(t, m, MAIN_K, ALPHA)));
                if (m.equals("chco-no-patch")) {
                    md.append(" | ").append(diff(all.top1(t, "chco", MAIN_K, ALPHA), all.top1(t, m, MAIN_K, ALPHA)));
                }
            }
            md.append(" | ").append(chco.map(r -> String.join(", ", r.models())).orElse("–")).append(" |\n");
        }
        md.append("| **average** | ").append(pct(meanDetail(all, "chco", MAIN_K, "estimated")));
        for (String m : cols) {
            md.append(" | ").append(fmt(all.averageTop1(m, MAIN_K, ALPHA)));
            if (m.equals("chco-no-patch")) {
                md.append(" | ").append(diff(all.averageTop1("chco", MAIN_K, ALPHA), all.averageTop1(m, MAIN_K, ALPHA)));
            }
        }
        md.append(" | |\n\n");

        md.append("### Paper A's fusion as a reuser of paper-B selections\n\nThe same selection (paper variant, "
                + "α = 0.7), reused by entropy weighting (`mll-paper`) or by paper A's confusion fusion "
                + "(`mll-fusion`).\n\n| task | mll-paper k=1 | mll-fusion k=1 | mll-paper k=3 | mll-fusion k=3 |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (String t : all.tasks()) {
            md.append("| ").append(t);
            for (int k : List.of(1, 3)) {
                md.append(" | ").append(fmt(all.top1(t, "mll-paper", k, ALPHA))).append(" | ")
                        .append(fmt(all.top1(t, "mll-fusion", k, ALPHA)));
            }
            md.append(" |\n");
        }
        md.append("| **average**");
        for (int k : List.of(1, 3)) {
            md.append(" | ").append(fmt(all.averageTop1("mll-paper", k, ALPHA))).append(" | ")
                    .append(fmt(all.averageTop1("mll-fusion", k, ALPHA)));
        }
        md.append(" |\n\n");

        List<Integer> budgets = ks(all, BUDGET);
        if (!budgets.isEmpty()) {
            md.append("### Budget sweep (average over tasks)\n\nAt most k experts (the patch VLM is not counted).\n\n"
                    + "| experts ≤ | top-1 | est. | heads run | cost ratio |\n|---:|---:|---:|---:|---:|\n");
            for (int k : budgets) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", k,
                        fmt(all.averageTop1(BUDGET, k, ALPHA)), pct(meanDetail(all, BUDGET, k, "estimated")),
                        num(all.averageModels(BUDGET, k, ALPHA)), num(all.averageCostRatio(BUDGET, k, ALPHA))));
            }
            md.append(String.format(Locale.ROOT, "| none | %s | %s | %s | %s |%n%n",
                    fmt(all.averageTop1("chco", MAIN_K, ALPHA)), pct(meanDetail(all, "chco", MAIN_K, "estimated")),
                    num(all.averageModels("chco", MAIN_K, ALPHA)), num(all.averageCostRatio("chco", MAIN_K, ALPHA))));
        }

        List<Integer> sizes = ks(all, PaperAMethods.GROWTH);
        if (!sizes.isEmpty()) {
            md.append("### Expert hub growth (average over tasks)\n\nCHCO + patch on k of the hub's experts, drawn in "
                    + "random hub orders (the VLMs stay); mean over the orders, and the mean over tasks of their "
                    + "standard deviation.\n\n| experts in the hub | top-1 | sd over orders | heads run |\n"
                    + "|---:|---:|---:|---:|\n");
            for (int k : sizes) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %s |%n", k,
                        fmt(all.averageTop1(PaperAMethods.GROWTH, k, ALPHA)),
                        100 * meanDetail(all, PaperAMethods.GROWTH, k, "top1Sd"),
                        num(all.averageModels(PaperAMethods.GROWTH, k, ALPHA))));
            }
            md.append('\n');
            String file = plotFiles.get("expert-growth");
            if (file != null) {
                md.append("![Expert hub growth](").append(file).append(")\n\n");
            }
        }
        md.append("Paper-A methods:\n\n");
        descriptions.forEach((m, d) -> md.append("- `").append(m).append("`: ").append(d).append('\n'));
        return md.toString();
    }

    private static List<Integer> ks(ResultIndex all, String method) {
        return all.records().stream().filter(r -> r.key().method().equals(method) && r.key().k() != null)
                .map(r -> r.key().k()).distinct().sorted().toList();
    }

    /** A number from a run's details, NaN when absent. */
    private static double detail(RunRecord r, String key) {
        Object v = r.details() == null ? null : r.details().get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The mean over every task of a detail (NaN unless every task has it). */
    private static double meanDetail(ResultIndex all, String method, int k, String key) {
        double sum = 0;
        for (String t : all.tasks()) {
            Optional<RunRecord> r = all.get(t, method, k, ALPHA);
            double v = r.map(x -> detail(x, key)).orElse(Double.NaN);
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            sum += v;
        }
        return all.tasks().isEmpty() ? Double.NaN : sum / all.tasks().size();
    }

    private static String diff(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() ? String.format(Locale.ROOT, "%+.1f", 100 * (a.getAsDouble()
                - b.getAsDouble())) : "–";
    }

    private static double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? pct(v.getAsDouble()) : "–";
    }

    private static String num(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "–";
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", 100 * v);
    }
}
