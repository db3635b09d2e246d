package io.mll4j.cli;

import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ChcoReport.ClassReport;
import io.mll4j.select.SelectionReport;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Paper A's selection on the console: which heads, which classes went where and why, estimated vs measured. */
final class ChcoPrinter {
    private ChcoPrinter() {
    }

    static void print(ChcoReport r, PrintWriter w) {
        ChcoReport.Search s = r.search();
        w.printf(Locale.ROOT, "Task '%s': %d classes; CHCO %s over %d of the hub's %d experts (%d skipped: covers no "
                        + "class or over budget), budget %s, %,d sets scored%n", r.task().name(), r.classes().size(),
                Choices.kebab(s.method()), s.candidates() - s.skipped().size(), s.candidates(), s.skipped().size(),
                budget(s.budget()), s.evaluated());
        for (ChcoReport.HeadReport h : r.heads()) {
            w.printf(Locale.ROOT, "  %-7s %-28s covers %s; alone %s%n", h.role(), h.id(),
                    h.covers().size() == r.classes().size() ? "every class" : String.join(", ", h.covers()),
                    pct(h.alone()));
        }
        if (r.heads().isEmpty()) {
            w.println("  (no head chosen)");
        }
        int name = Math.max(5, r.classes().stream().mapToInt(c -> c.name().length()).max().orElse(5));
        int node = Math.max(4, r.classes().stream().mapToInt(c -> c.node().id().length() + 1
                + Math.min(18, c.node().name().length())).max().orElse(4));
        w.printf(Locale.ROOT, "  %-" + name + "s  %-" + node + "s  %-19s %8s %8s %8s  %s%n", "CLASS", "NODE", "ROUTE",
                "EXPERTS", "FUSED", "MEASURED", "COVERED BY (alone, estimated; * chosen)");
        for (ClassReport c : r.classes()) {
            String nodeText = c.node().id() + " " + abbreviate(c.node().name(), 18);
            String coverers = c.coveredBy().stream().map(x -> x.head() + (x.chosen() ? "*" : "") + " "
                    + pct(x.alone())).collect(Collectors.joining(", "));
            w.printf(Locale.ROOT, "  %-" + name + "s  %-" + node + "s  %-19s %8s %8s %8s  %s%n", c.name(), nodeText,
                    Choices.kebab(c.route()), pct(c.experts()), pct(c.estimated()),
                    c.measured() == null ? "-" : pct(c.measured()), coverers.isEmpty() ? "(no head)" : coverers);
        }
        ChcoReport.Patch p = r.patch();
        if (!p.enabled()) {
            w.println("Patch: off");
        } else if (p.classes().isEmpty()) {
            w.println("Patch: not needed (every class covered at or above tau)");
        } else if (p.declined() != null) {
            w.printf(Locale.ROOT, "Patch: none for %s (%s)%n", String.join(", ", p.classes()), p.declined());
        } else {
            w.printf(Locale.ROOT, "Patch: %s for %s%n", p.vlm() == null ? "no VLM with evidence" : p.vlm(),
                    String.join(", ", p.classes()));
        }
        w.printf(Locale.ROOT, "Estimated accuracy (node images): %s fused, %s with the experts alone%n",
                pct(r.estimate().fused()), pct(r.estimate().experts()));
        if (r.measured() != null) {
            w.printf(Locale.ROOT, "Measured accuracy: %s (macro), %s (micro) on %s, %,d images%n",
                    pct(r.measured().accuracy()), pct(r.measured().micro()), r.measured().source(),
                    r.measured().images());
        }
        SelectionReport.Cost cost = r.cost();
        w.printf(Locale.ROOT, "Cost: %d head(s), %s ms/image, %s parameters%s%n", cost.models().size(),
                HumanUnits.millis(cost.msPerImage()), HumanUnits.count(cost.params()),
                cost.unmeasured().isEmpty() ? "" : " (not measured: " + String.join(", ", cost.unmeasured()) + ")");
    }

    private static String budget(io.mll4j.expert.Budget b) {
        String models = b.maxModels() == Integer.MAX_VALUE ? null : b.maxModels() + " heads";
        String ms = b.maxMsPerImage() == null ? null : b.maxMsPerImage() + " ms/image";
        return models == null && ms == null ? "none" : models == null ? ms : ms == null ? models : models + ", " + ms;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
