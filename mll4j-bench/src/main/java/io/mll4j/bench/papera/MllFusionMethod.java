package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Beyond the papers: paper B's selection (paper variant, top k per class with α) reused by paper A's fusion instead of
 * entropy weighting: the selected VLMs' confusions on the classes' node images, every selected VLM voting on every
 * class ({@code mll predict --reuser fusion}). Compare with {@code mll-paper}, which differs only in the reuser.
 */
public final class MllFusionMethod extends PaperAMethod {
    public MllFusionMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "mll-fusion";
    }

    @Override
    public String description() {
        return "MLL paper variant's selection, reused by paper A's confusion fusion instead of entropy weighting";
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
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        SelectionConfig config = MethodVariant.PAPER.config().withK(params.k()).withAlpha(params.alpha());
        SelectionReport report = context.select(MethodVariant.PAPER, config);
        int[] heads = report.selectedModels().stream().mapToInt(t.model()::headIndex).sorted().toArray();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("paperBSelection", report.selected());
        details.putAll(t.estimate(t.evaluator().estimate(heads)));
        MethodRun fused = t.run(heads, details);
        // the selection field keeps paper B's class → models (who was chosen for what); all of them vote on all
        return new MethodRun(fused.metrics(), report.selected(), fused.models(), fused.msPerImage(), details);
    }
}
