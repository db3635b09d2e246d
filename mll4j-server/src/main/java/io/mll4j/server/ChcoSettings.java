package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.FusionRule;
import io.mll4j.expert.PatchPolicy;
import io.mll4j.expert.SearchMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paper A's switches of a {@code "method": "chco"} task, as {@code mll select --method chco} offers them
 * (docs/method-paper-a.md §4), each validated naming its field:
 * {@code "budget"} most expert heads, {@code "budgetMs"} most total ms/image of the experts (both default: no
 * limit), {@code "tau"} a covered class estimated below τ also goes to the patch (0.5), {@code "patch"} whether a VLM
 * may patch (true), {@code "search"} auto|exact|greedy, {@code "fusion"} soft|hard|log-linear, {@code "gamma"} the
 * hierarchy discount per edge (0.5), {@code "experts"} the candidate experts (default all).
 *
 * @param budget  the expert budget
 * @param policy  when a VLM patches
 * @param search  the CHCO search
 * @param config  the combination settings
 * @param patch   whether a VLM may patch
 * @param experts candidate expert ids (empty: every labeled expert)
 */
record ChcoSettings(Budget budget, PatchPolicy policy, SearchMethod search, CombinationConfig config, boolean patch,
                    List<String> experts) {
    /** The request fields only a chco task has. */
    static final Set<String> FIELDS = Set.of("budget", "budgetMs", "tau", "patch", "search", "fusion", "gamma",
            "experts");

    static ChcoSettings parse(JsonNode body) {
        Integer maxHeads = body.hasNonNull("budget") ? TaskRequest.integer(body, "budget", 1) : null;
        Double maxMs = null;
        if (body.hasNonNull("budgetMs")) {
            maxMs = TaskRequest.number(body, "budgetMs", 0);
            if (!(maxMs >= 0)) {
                throw ApiException.badRequest("budgetMs", "budgetMs (most total ms/image of the experts) must be >= 0,"
                        + " got " + maxMs);
            }
        }
        PatchPolicy d = PatchPolicy.defaults();
        double tau = fraction(body, "tau", d.tau());
        CombinationConfig config = CombinationConfig.defaults()
                .withRule(TaskRequest.choice(body, "fusion", FusionRule.class, FusionRule.SOFT))
                .withGamma(fraction(body, "gamma", CombinationConfig.defaults().gamma()));
        return new ChcoSettings(new Budget(maxHeads == null ? Integer.MAX_VALUE : maxHeads, maxMs),
                new PatchPolicy(tau, d.minReuseScore(), d.aboveChance(), d.requireGain()),
                TaskRequest.choice(body, "search", SearchMethod.class, SearchMethod.AUTO), config,
                TaskRequest.bool(body, "patch", true), TaskRequest.strings(body, "experts", false));
    }

    /** The switches as the task view shows them ({@code null}: no limit). */
    Map<String, Object> view() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget", budget.maxModels() == Integer.MAX_VALUE ? null : budget.maxModels());
        out.put("budgetMs", budget.maxMsPerImage());
        out.put("tau", policy.tau());
        out.put("patch", patch);
        out.put("search", TaskRequest.kebab(search));
        out.put("fusion", TaskRequest.kebab(config.rule()));
        out.put("gamma", config.gamma());
        out.put("experts", experts);
        return out;
    }

    private static double fraction(JsonNode body, String field, double fallback) {
        double value = TaskRequest.number(body, field, fallback);
        if (!(value >= 0 && value <= 1)) {
            throw ApiException.badRequest(field, field + " must be in [0, 1], got " + value);
        }
        return value;
    }
}
