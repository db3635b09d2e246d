package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.graph.NodeText;
import io.mll4j.match.UncoveredClass;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Model Label Learning (paper B): classes matched to graph nodes, models chosen per class by their labels (top k by
 * reuse score with weight α), combined by the entropy-weighted ensemble. One instance per {@link MethodVariant}: the
 * paper's text or the official code's meaning (switches, node text and reuse prompt as that variant sets them).
 */
public final class MllMethod implements BenchMethod {
    private final MethodVariant variant;

    public MllMethod(MethodVariant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return "mll-" + variant.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String description() {
        return "MLL, " + (variant == MethodVariant.PAPER
                ? "paper variant (Z-weighted precision, mean over all classes, FP from V_sel, \"a photo of a\")"
                : "official-code variant (F1 as coded, other-class mean, FP from all nodes, gloss, raw names)");
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public boolean usesAlpha() {
        return true;
    }

    @Override
    public Set<NodeText> labelTexts() {
        return Set.of(variant.nodeText());
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        SelectionConfig config = variant.config().withK(params.k()).withAlpha(params.alpha());
        SelectionReport report = context.select(variant, config);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uncovered", report.uncovered().stream().map(UncoveredClass::className).toList());
        details.put("selectionReport", report);
        return MethodRun.evaluate(context.outputs(variant.prompt()), report.selected(), context.vlms(), details);
    }
}
