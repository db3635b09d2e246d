package io.mll4j.server;

import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ChcoReport.ClassReport;
import io.mll4j.expert.Budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CHCO report in the compact form the page reads: per class its covering heads (chosen or not, each with its
 * estimated accuracy alone), its route (experts or patch) and a sentence saying why, the chosen heads with their
 * cost, the estimate, the search and the patch. Accuracies without evidence (NaN in the report) are {@code null}.
 */
final class ChcoSummary {
    private ChcoSummary() {
    }

    static Map<String, Object> of(ChcoReport r) {
        double tau = r.provenance().policy().tau();
        Set<String> patchHeads = r.heads().stream().filter(h -> h.role().equals("patch"))
                .map(ChcoReport.HeadReport::id).collect(Collectors.toSet());
        List<Map<String, Object>> classes = new ArrayList<>();
        for (ClassReport c : r.classes()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", c.name());
            out.put("node", Map.of("id", c.node().id(), "name", c.node().name(), "gloss", c.node().gloss()));
            out.put("route", TaskRequest.kebab(c.route()));
            out.put("why", why(c, r.patch(), tau));
            out.put("coveredBy", c.coveredBy().stream().map(h -> coverer(h, patchHeads)).toList());
            out.put("experts", orNull(c.experts()));
            out.put("estimated", orNull(c.estimated()));
            out.put("patchScore", c.patchScore());
            classes.add(out);
        }
        List<Map<String, Object>> heads = r.heads().stream().map(h -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", h.id());
            out.put("role", h.role());
            out.put("covers", h.covers());
            out.put("alone", orNull(h.alone()));
            out.put("msPerImage", h.msPerImage());
            return out;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("classes", classes);
        out.put("heads", heads);
        out.put("estimate", nullable("experts", orNull(r.estimate().experts()), "fused", orNull(r.estimate().fused())));
        out.put("search", search(r.search()));
        ChcoReport.Patch p = r.patch();
        out.put("patch", nullable("enabled", p.enabled(), "vlm", p.vlm(), "classes", p.classes(),
                "declined", p.declined()));
        out.put("tau", tau);
        out.put("cost", Map.of("heads", r.cost().models().size(), "msPerImage", r.cost().msPerImage(),
                "params", r.cost().params()));
        return out;
    }

    private static Map<String, Object> coverer(ChcoReport.Coverer h, Set<String> patchHeads) {
        return nullable("head", h.head(), "role", patchHeads.contains(h.head()) ? "patch" : "expert",
                "alone", orNull(h.alone()), "chosen", h.chosen());
    }

    private static Map<String, Object> search(ChcoReport.Search s) {
        Budget b = s.budget();
        return nullable("method", TaskRequest.kebab(s.method()), "candidates", s.candidates(),
                "evaluated", s.evaluated(),
                "budget", nullable("heads", b.maxModels() == Integer.MAX_VALUE ? null : b.maxModels(),
                        "msPerImage", b.maxMsPerImage()),
                "skipped", s.skipped());
    }

    /** Why a class went where it did, in one sentence. */
    static String why(ClassReport c, ChcoReport.Patch patch, double tau) {
        List<String> chosen = c.coveredBy().stream().filter(h -> h.chosen() && !h.head().equals(patch.vlm()))
                .map(ChcoReport.Coverer::head).toList();
        String experts = (chosen.size() == 1 ? "chosen expert " : "chosen experts ") + String.join(", ", chosen);
        return switch (c.route()) {
            case EXPERTS -> Double.isNaN(c.experts()) || c.experts() >= tau
                    ? "covered by the " + experts + ", estimated " + pct(c.experts()) + " ≥ τ " + pct(tau)
                    : "covered by the " + experts + ", estimated " + pct(c.experts()) + " < τ " + pct(tau)
                    + ", but " + (!patch.enabled() ? "the patch is off"
                    : patch.declined() != null ? "the patch was declined: " + patch.declined()
                    : "no VLM has evidence for it");
            case EXPERTS_GENERALISED -> "no head has a label at or below its node, so the " + experts + " answer"
                    + (chosen.size() == 1 ? "s" : "") + " for it with a label above it (the only task class below that "
                    + "label), estimated " + pct(c.experts());
            case PATCH_UNCOVERED -> "no chosen expert covers it; the patch VLM " + patch.vlm() + " takes it"
                    + (c.patchScore() == null ? "" : String.format(Locale.ROOT, " (reuse score %.1f)", c.patchScore()));
            case PATCH_BELOW_TAU -> "the " + experts + (chosen.size() == 1 ? " covers" : " cover") + " it but "
                    + (chosen.size() == 1 ? "is" : "are") + " estimated " + pct(c.experts()) + " < τ " + pct(tau)
                    + "; the patch VLM " + patch.vlm() + " joins";
            case UNCOVERED -> "no head covers it and no VLM can patch it";
        };
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "– (no evidence)" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** A map from key-value pairs that, unlike {@link Map#of}, keeps order and allows null values. */
    private static Map<String, Object> nullable(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
