package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.expert.CombinationEstimate;
import io.mll4j.expert.PatchPlan;
import io.mll4j.expert.PatchPlanner;
import io.mll4j.expert.PatchPolicy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Every expert covering a task class, fused, plus the VLM patch planned for them as CHCO would. */
public final class AllExpertsMethod extends PaperAMethod {
    public AllExpertsMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "all-experts";
    }

    @Override
    public String description() {
        return "every covering expert + the VLM patch, confusion fusion (no selection)";
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        int[] heads = withPatch(t, t.coveringExperts());
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("experts", t.ids(t.coveringExperts()));
        details.putAll(t.estimate(t.evaluator().estimate(heads)));
        return t.run(heads, details);
    }

    /** The experts plus the patch VLM the planner picks for them (when the hub has VLMs, it is needed and helps). */
    static int[] withPatch(PaperATask t, int[] experts) {
        if (t.model().vlms().length == 0) {
            return experts;
        }
        CombinationEstimate estimate = t.evaluator().estimate(experts);
        PatchPlan plan = PatchPlanner.plan(t.evaluator(), experts, estimate, t.model().vlms(), t.model().vlmScores(),
                PatchPolicy.defaults());
        if (!plan.hasPatch()) {
            return experts;
        }
        int[] withVlm = IntStream.concat(IntStream.of(experts), IntStream.of(plan.vlmHead())).toArray();
        // as CHCO's selector: the VLM joins only if it raises the estimate
        return t.evaluator().estimate(withVlm).accuracy() > estimate.accuracy() + 1e-12 ? withVlm : experts;
    }

    static List<Integer> list(int[] heads) {
        return IntStream.of(heads).boxed().toList();
    }
}
