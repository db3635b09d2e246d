package io.mll4j.bench;

import io.mll4j.bench.method.AllModelsMethod;
import io.mll4j.bench.method.ClassOracleMethod;
import io.mll4j.bench.method.InbMethod;
import io.mll4j.bench.method.MllMethod;
import io.mll4j.bench.method.ModelGptMethod;
import io.mll4j.bench.method.RandomMethod;
import io.mll4j.bench.method.TaskOracleMethod;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods {@code mll bench} knows, in table order. Register a new method in {@link #standard()} (or pass a
 * list of your own to {@link BenchRunner}). Baselines reuse with the paper's prompt ("a photo of a {class}."), like
 * MLL's paper variant, so that they differ from it only in what they select.
 */
public final class BenchMethods {
    /** Prompt of every baseline. */
    public static final Prompt BASELINE_PROMPT = Prompt.PHOTO;

    private final Map<String, BenchMethod> byName = new LinkedHashMap<>();

    private BenchMethods(List<BenchMethod> methods) {
        for (BenchMethod m : methods) {
            if (!m.name().matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("Method name '" + m.name() + "' is not [a-z0-9-]+");
            }
            if (byName.put(m.name(), m) != null) {
                throw new IllegalArgumentException("Method '" + m.name() + "' is registered twice");
            }
        }
    }

    /** MLL (paper, code), then the baselines, then the oracles. */
    public static BenchMethods standard() {
        return of(List.of(new MllMethod(MethodVariant.PAPER), new MllMethod(MethodVariant.CODE),
                new RandomMethod(BASELINE_PROMPT, RandomMethod.DEFAULT_DRAWS), new InbMethod(BASELINE_PROMPT),
                new ModelGptMethod(BASELINE_PROMPT), new AllModelsMethod(BASELINE_PROMPT),
                new TaskOracleMethod(BASELINE_PROMPT), new ClassOracleMethod(BASELINE_PROMPT)));
    }

    public static BenchMethods of(List<BenchMethod> methods) {
        return new BenchMethods(methods);
    }

    /** This registry plus more methods (e.g. paper-A ones), after these in table order. */
    public BenchMethods with(List<BenchMethod> more) {
        List<BenchMethod> all = new ArrayList<>(byName.values());
        all.addAll(more);
        return new BenchMethods(all);
    }

    public List<BenchMethod> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The named methods in registry order (all when {@code names} is empty). */
    public List<BenchMethod> select(List<String> names) {
        if (names.isEmpty()) {
            return all();
        }
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(byName.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown method(s) " + unknown + "; known: " + names());
        }
        return byName.values().stream().filter(m -> names.contains(m.name())).toList();
    }
}
