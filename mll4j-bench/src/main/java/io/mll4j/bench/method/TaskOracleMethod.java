package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.Ensemble;
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
 * Single-best oracle (upper bound, reads test labels): the k models with the best test accuracy on this task, for
 * every class (k = 1: the best single model). Ties: earlier model in hub order.
 */
public final class TaskOracleMethod implements BenchMethod {
    private final Prompt prompt;

    public TaskOracleMethod(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "oracle-task";
    }

    @Override
    public String description() {
        return "single-best oracle (upper bound): the k models with the best test accuracy on the task";
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
        double[] accuracy = IntStream.range(0, outputs.models().size()).mapToDouble(outputs::accuracy).toArray();
        List<Integer> order = new ArrayList<>(IntStream.range(0, accuracy.length).boxed().toList());
        order.sort(Comparator.comparingDouble(m -> -accuracy[m]));
        List<String> chosen = order.subList(0, Math.min(params.k(), order.size())).stream()
                .map(outputs.models()::get).toList();
        Map<String, Double> single = new LinkedHashMap<>();
        order.forEach(m -> single.put(outputs.models().get(m), accuracy[m]));
        return MethodRun.evaluate(outputs, Ensemble.sameForAll(outputs.classes(), chosen), context.vlms(),
                Map.of("singleModelAccuracy", single));
    }
}
