package io.mll4j.combine;

import io.mll4j.combine.ChcoReport.ClassReport;
import io.mll4j.combine.ChcoReport.Coverer;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.SearchStep;
import io.mll4j.select.SelectionReport;

import static io.mll4j.util.Markdown.cell;
import static io.mll4j.util.Markdown.f;
import static io.mll4j.util.Markdown.kebab;
import static io.mll4j.util.Markdown.line;

import java.util.stream.Collectors;

/** A {@link ChcoReport} as Markdown: settings, chosen heads, the class table, the patch and the search trace. */
public final class ChcoReportMarkdown {
    private ChcoReportMarkdown() {
    }

    public static String render(ChcoReport r) {
        StringBuilder md = new StringBuilder();
        ChcoReport.Provenance p = r.provenance();
        CombinationConfig c = p.config();
        md.append("# Head combination (CHCO + patch) for task '").append(r.task().name()).append("'\n\n");
        line(md, "Classes", String.valueOf(r.classes().size()));
        line(md, "Graph", "`" + p.graphVersion().substring(0, 12) + "` (" + p.graphNodes() + " nodes)");
        line(md, "Combination", f("fusion %s, γ = %s, depth %d, λ = %s, %s, %s, prior %s", kebab(c.rule()),
                c.gamma(), c.maxDistance(), c.laplace(), c.poolUncovered() ? "uncovered rows pooled" : "no pooling",
                c.leaveOneOut() ? "leave-one-out estimate" : "resubstitution estimate", kebab(c.prior())));
        line(md, "Search", f("%s over %d experts, budget %s, %,d sets scored", kebab(r.search().method()),
                r.search().candidates(), budget(r.search().budget()), r.search().evaluated()));
        line(md, "Patch", !r.patch().enabled() ? "off" : f("τ = %s, min reuse score %s, VLM %s (prompt %s)",
                p.policy().tau(), p.policy().minReuseScore(), r.patch().vlm() == null ? "none" : r.patch().vlm(),
                kebab(p.prompt())) + (r.patch().declined() == null ? "" : "; declined: " + r.patch().declined()));
        SelectionReport.Cost cost = r.cost();
        line(md, "Cost", f("%d head(s), %.3f ms/image, %,d parameters", cost.models().size(), cost.msPerImage(),
                cost.params()) + (cost.unmeasured().isEmpty() ? "" : " (not measured: "
                + String.join(", ", cost.unmeasured()) + ")"));
        line(md, "Estimated accuracy", f("%s with the experts alone, %s fused", pct(r.estimate().experts()),
                pct(r.estimate().fused())) + " (node images, macro mean)");
        if (r.measured() != null) {
            line(md, "Measured accuracy", f("%s macro, %s micro on %s (%,d images)", pct(r.measured().accuracy()),
                    pct(r.measured().micro()), r.measured().source(), r.measured().images()));
        }
        line(md, "Created", p.createdAt() + ", mll4j " + p.version());
        if (!r.uncovered().isEmpty()) {
            md.append("\n**Uncovered** (no chosen head covers them and no VLM can patch them): ")
                    .append(String.join(", ", r.uncovered())).append("\n");
        }
        md.append("\n## Heads\n\n| head | role | covers | alone (est.) | ms/image |\n|---|---|---|---:|---:|\n");
        for (ChcoReport.HeadReport h : r.heads()) {
            md.append(f("| %s | %s | %s | %s | %s |%n", h.id(), h.role(), cell(String.join(", ", h.covers())),
                    pct(h.alone()), h.msPerImage() == null ? "–" : f("%.3f", h.msPerImage())));
        }
        md.append("\n## Classes\n\n| class | node | evidence | route | experts (est.) | fused (est.) | measured "
                + "| covering heads (alone, est.; * = chosen) |\n|---|---|---:|---|---:|---:|---:|---|\n");
        for (ClassReport cls : r.classes()) {
            md.append(f("| %s | %s %s | %.1f | %s | %s | %s | %s | %s |%n", cell(cls.name()), cls.node().id(),
                    cell(cls.node().name()), cls.evidence(), kebab(cls.route()), pct(cls.experts()),
                    pct(cls.estimated()), cls.measured() == null ? "–" : pct(cls.measured()),
                    cell(cls.coveredBy().stream().map(ChcoReportMarkdown::coverer).collect(Collectors.joining(", ")))));
        }
        if (r.patch().enabled() && !r.patch().classes().isEmpty()) {
            md.append("\n## Patch\n\nClasses sent to the patch: ").append(String.join(", ", r.patch().classes()))
                    .append("\n\n| VLM | mean reuse score r over them |\n|---|---:|\n");
            r.patch().candidates().forEach(cand -> md.append(f("| %s%s | %.4f |%n", cand.vlm(),
                    cand.vlm().equals(r.patch().vlm()) ? " (chosen)" : "", cand.meanReuseScore())));
        }
        md.append("\n## Search trace\n\n| step | heads | estimate | gain | lookahead |\n|---|---|---:|---:|---|\n");
        for (SearchStep s : r.search().trace()) {
            md.append(f("| %s | %s | %s | %+.4f | %s |%n", kebab(s.kind()), String.join(", ", s.heads()),
                    pct(s.accuracy()), s.gain(), s.lookaheadPartner() == null ? "" : f("with %s: %s",
                            s.lookaheadPartner(), pct(s.lookaheadAccuracy()))));
        }
        if (!r.search().skipped().isEmpty()) {
            md.append("\nSkipped before the search: ").append(String.join("; ", r.search().skipped())).append("\n");
        }
        return md.toString();
    }

    private static String coverer(Coverer c) {
        return c.head() + " " + pct(c.alone()) + (c.chosen() ? "*" : "");
    }

    static String budget(io.mll4j.expert.Budget b) {
        String models = b.maxModels() == Integer.MAX_VALUE ? null : b.maxModels() + " model(s)";
        String ms = b.maxMsPerImage() == null ? null : b.maxMsPerImage() + " ms/image";
        return models == null && ms == null ? "none" : models == null ? ms : ms == null ? models : models + ", " + ms;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : f("%.1f %%", 100 * v);
    }
}
