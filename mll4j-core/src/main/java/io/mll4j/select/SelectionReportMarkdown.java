package io.mll4j.select;

import io.mll4j.match.UncoveredClass;
import io.mll4j.select.SelectionReport.ClassReport;
import io.mll4j.select.SelectionReport.ModelScore;
import io.mll4j.select.SelectionReport.NodeMatch;

import java.util.List;
import java.util.Locale;

/** A {@link SelectionReport} as Markdown for people: settings, cost, uncovered classes, then one section per class. */
public final class SelectionReportMarkdown {
    private SelectionReportMarkdown() {
    }

    public static String render(SelectionReport r) {
        StringBuilder md = new StringBuilder();
        SelectionReport.Provenance p = r.provenance();
        SelectionConfig c = p.config();
        md.append("# Model selection for task '").append(r.task().name()).append("'\n\n");
        line(md, "Classes", r.task().classes().size() + "");
        line(md, "Graph", "`" + p.graphVersion().substring(0, 12) + "` (" + p.graphNodes() + " nodes)");
        line(md, "Variant", kebab(p.variant()) + f(" (α = %s, k = %d, n = %d, score %s, global mean over %s,"
                + " FP over %s%s)", c.alpha(), c.k(), c.topNodes(), kebab(c.scoreRule()), kebab(c.globalMean()),
                kebab(c.pool()), c.normalizeZ() ? ", Z normalised" : ""));
        line(md, "Matching", f("%s, node text %s, class text %s, uncovered below %s", p.matching().embedder(),
                kebab(p.matching().nodeText()), kebab(p.matching().classText()),
                p.matching().minSimilarity() == null ? "the calibrated default" : p.matching().minSimilarity().toString()));
        line(md, "Candidates", r.candidates().size() + ": " + String.join(", ", r.candidates()));
        SelectionReport.Cost cost = r.cost();
        line(md, "Selected", String.join(", ", cost.models()) + f(" — %.2f ms/image, %,d parameters", cost.msPerImage(),
                cost.params()) + (cost.unmeasured().isEmpty() ? "" : " (not measured: "
                + String.join(", ", cost.unmeasured()) + ")"));
        line(md, "Created", p.createdAt() + ", mll4j " + p.version());
        if (!r.uncovered().isEmpty()) {
            md.append("\n## Uncovered classes\n\nThe graph has no node close enough to these classes; "
                    + "their models are a guess.\n\n| class | best node | similarity | threshold |\n|---|---|---:|---:|\n");
            for (UncoveredClass u : r.uncovered()) {
                md.append(f("| %s | %s %s | %.1f | %.1f |%n", cell(u.className()), u.bestNode(), cell(u.bestName()),
                        u.similarity(), u.threshold()));
            }
        }
        md.append("\n## Classes\n");
        r.classes().forEach(cls -> section(md, cls));
        return md.toString();
    }

    private static void section(StringBuilder md, ClassReport cls) {
        md.append("\n### ").append(cls.name()).append(cls.covered() ? "" : " (uncovered)").append("\n\n");
        md.append("Matched as: ").append(cls.text()).append(cls.pinned() ? " (first node pinned)" : "").append("\n\n");
        md.append("| node | name | similarity | images | gloss |\n|---|---|---:|---:|---|\n");
        for (NodeMatch n : cls.nodes()) {
            md.append(f("| %s | %s | %.1f | %d | %s |%n", n.id(), cell(n.name()), n.similarity(), n.images(),
                    cell(n.gloss())));
        }
        md.append("\n| | rank | model | reuse score r | class score s | margin |\n|---|---:|---|---:|---:|---:|\n");
        rows(md, "chosen", cls.chosen(), "lead +");
        rows(md, "runner-up", cls.runnersUp(), "behind −");
    }

    private static void rows(StringBuilder md, String what, List<ModelScore> scores, String marginLabel) {
        for (ModelScore s : scores) {
            md.append(f("| %s | %d | %s | %.4f | %.4f | %s%.4f |%n", what, s.rank(), s.model(), s.reuseScore(),
                    s.classScore(), marginLabel, s.margin()));
        }
    }

    private static void line(StringBuilder md, String key, String value) {
        md.append("- **").append(key).append("**: ").append(value).append('\n');
    }

    private static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
