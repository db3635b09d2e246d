package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Per-class oracle (upper bound, reads test labels): for each class the k models with the best test F1 on that class,
 * combined like MLL. F1 rather than recall: a model that calls every image "y" has recall 1 on y and would be chosen.
 * Ties: earlier model in hub order.
 */
public final class ClassOracleMethod implements BenchMethod {
    private final Prompt prompt;

    public ClassOracleMethod(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "oracle-class";
    }

    @Override
    public String description() {
        return "per-class oracle (upper bound): per class the k models with the best test F1 on it, entropy-weighted";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public boolean upperBound() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        TaskOutputs outputs = context.outputs(prompt);
        Map<String, List<String>> selection = new LinkedHashMap<>();
        Map<String, Map<String, Double>> f1 = new LinkedHashMap<>();
        for (int y = 0; y < outputs.classCount(); y++) {
            int cls = y;
            double[] score = IntStream.range(0, outputs.models().size()).mapToDouble(m -> outputs.f1(m, cls))
                    .toArray();
            List<Integer> order = new ArrayList<>(IntStream.range(0, score.length).boxed().toList());
            order.sort(Comparator.comparingDouble(m -> -score[m]));
            selection.put(outputs.classes().get(y), order.subList(0, Math.min(params.k(), order.size())).stream()
                    .map(outputs.models()::get).toList());
            Map<String, Double> byModel = new LinkedHashMap<>();
            order.forEach(m -> byModel.put(outputs.models().get(m), score[m]));
            f1.put(outputs.classes().get(y), byModel);
        }
        return MethodRun.evaluate(outputs, selection, context.vlms(), Map.of("classF1", f1));
    }
}
