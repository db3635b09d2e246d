package io.mll4j.cli;

import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.FusionRule;
import io.mll4j.expert.PatchPolicy;
import io.mll4j.expert.SearchMethod;
import picocli.CommandLine.Option;

import java.util.List;

/** The method choice of {@code select}/{@code predict} and the switches of paper A (docs/method-paper-a.md §4). */
final class ChcoOptions {
    /** Which selection method runs. */
    enum Method {
        /** Paper B: top-k VLMs per class. */
        MLL,
        /** Paper A: CHCO over the experts, VLM patch. */
        CHCO
    }

    @Option(names = "--method", defaultValue = "mll", paramLabel = "mll|chco",
            description = "mll: paper B (top-k VLMs per class); chco: paper A (a combination of expert heads, "
                    + "patched by a VLM). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--budget", paramLabel = "N", description = "chco: most expert heads (default: no limit).")
    Integer budget;

    @Option(names = "--budget-ms", paramLabel = "MS", description = "chco: most total ms/image of the experts.")
    Double budgetMs;

    @Option(names = "--tau", paramLabel = "T",
            description = "chco: a covered class estimated below T also goes to the patch (default 0.5).")
    Double tau;

    @Option(names = "--no-patch", description = "chco: no VLM patch (classes the experts leave uncovered fail).")
    boolean noPatch;

    @Option(names = "--search", defaultValue = "auto", paramLabel = "auto|exact|greedy",
            description = "chco: exact search up to 12 candidates, greedy with pair lookahead above (default: ${DEFAULT-VALUE}).")
    String search;

    @Option(names = "--fusion", paramLabel = "soft|hard|log-linear", description = "chco: fusion rule (default soft).")
    String fusion;

    @Option(names = "--gamma", paramLabel = "G", description = "chco: hierarchy discount per edge (default 0.5).")
    Double gamma;

    @Option(names = "--generalize", paramLabel = "HOPS", description = "chco: a head label may answer for the one "
            + "task class at most HOPS edges below it (\"cat\" for \"tabby cat\"; default 3, 0: off).")
    Integer generalize;

    @Option(names = "--experts", split = ",", paramLabel = "ID", description = "chco: candidate experts (default: all).")
    List<String> experts;

    Method method() {
        return Choices.parse(Method.class, method, "--method");
    }

    boolean isChco() {
        return method() == Method.CHCO;
    }

    Budget budget() {
        if (budget == null && budgetMs == null) {
            return Budget.models(Integer.MAX_VALUE);
        }
        return new Budget(budget == null ? Integer.MAX_VALUE : budget, budgetMs);
    }

    PatchPolicy policy() {
        PatchPolicy d = PatchPolicy.defaults();
        return new PatchPolicy(tau != null ? tau : d.tau(), d.minReuseScore());
    }

    SearchMethod searchMethod() {
        return Choices.parse(SearchMethod.class, search, "--search");
    }

    CombinationConfig config() {
        CombinationConfig c = CombinationConfig.defaults();
        if (fusion != null) {
            c = c.withRule(Choices.parse(FusionRule.class, fusion, "--fusion"));
        }
        if (gamma != null) {
            c = c.withGamma(gamma);
        }
        if (generalize != null) {
            if (generalize < 0) {
                throw new IllegalArgumentException("--generalize must be >= 0, got " + generalize);
            }
            c = c.withGeneralize(generalize);
        }
        return c;
    }

    List<String> experts() {
        return experts == null ? List.of() : experts;
    }
}
