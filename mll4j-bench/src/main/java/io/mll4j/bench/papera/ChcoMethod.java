package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.expert.Budget;
import io.mll4j.expert.ExpertSelection;

/**
 * Paper A: CHCO over the hub's experts (estimated accuracy on node images, exact up to 12 candidates), the VLM patch
 * for what they leave uncovered or below τ, fused by confusions. Three forms: unlimited budget with the patch,
 * without the patch (an uncovered class can then only win by exclusion), and with k = the most experts (the budget
 * sweep).
 */
public final class ChcoMethod extends PaperAMethod {
    /** Which form. */
    public enum Form {
        /** No budget, patch on. */
        PATCH("chco", "paper A: CHCO over the experts (no budget) + VLM patch, confusion fusion"),
        /** No budget, no patch. */
        NO_PATCH("chco-no-patch", "paper A without the patch: CHCO's experts alone (uncovered classes only by exclusion)"),
        /** k experts at most, patch on. */
        BUDGET("chco-budget", "paper A under a budget of k experts (+ patch, not counted)");

        final String name;
        final String description;

        Form(String name, String description) {
            this.name = name;
            this.description = description;
        }
    }

    private final Form form;

    public ChcoMethod(PaperATasks tasks, Form form) {
        super(tasks);
        this.form = form;
    }

    @Override
    public String name() {
        return form.name;
    }

    @Override
    public String description() {
        return form.description;
    }

    @Override
    public boolean usesK() {
        return form == Form.BUDGET;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        PaperATask t = tasks.of(context);
        Budget budget = form == Form.BUDGET ? Budget.models(params.k()) : Budget.models(Integer.MAX_VALUE);
        ExpertSelection s = t.select(budget, form != Form.NO_PATCH, t.model().experts());
        return t.run(s.heads(), t.details(s));
    }
}
