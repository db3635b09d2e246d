package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.expert.Budget;
import io.mll4j.expert.ExpertSelection;

import java.util.Map;

/**
 * The best single covering expert: the one expert whose estimated accuracy on the task's node images is highest
 * (CHCO with a budget of one, no patch), run alone; classes it does not cover can only win by exclusion.
 */
public final class BestExpertMethod extends PaperAMethod {
    public BestExpertMethod(PaperATasks tasks) {
        super(tasks);
    }

    @Override
    public String name() {
        return "best-expert";
    }

    @Override
    public String description() {
        return "the single covering expert with the best estimated accuracy (node images), alone";
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        ExpertSelection s = t.select(Budget.models(1), false, t.model().experts());
        Map<String, Object> details = t.details(s);
        return t.run(s.heads(), details);
    }
}
