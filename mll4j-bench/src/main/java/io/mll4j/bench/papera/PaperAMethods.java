package io.mll4j.bench.papera;

import io.mll4j.bench.BenchMethod;

import java.util.List;

/** The paper-A methods, sharing one task cache, in table order (add them with {@code BenchMethods.with}). */
public final class PaperAMethods {
    /** The growth curve, swept over k = 1 … the hub's expert count. */
    public static final String GROWTH = "chco-growth";

    private PaperAMethods() {
    }

    public static List<BenchMethod> all() {
        PaperATasks tasks = new PaperATasks();
        return List.of(new ChcoMethod(tasks, ChcoMethod.Form.PATCH), new ChcoMethod(tasks, ChcoMethod.Form.NO_PATCH),
                new ChcoMethod(tasks, ChcoMethod.Form.BUDGET), new BestExpertMethod(tasks),
                new AllExpertsMethod(tasks), new RandomExpertsMethod(tasks), new MllFusionMethod(tasks),
                new ExpertGrowthMethod(tasks), new OracleExpertsMethod(tasks));
    }
}
