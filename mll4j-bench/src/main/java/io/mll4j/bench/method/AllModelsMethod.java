package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.Ensemble;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.ModelInfo;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;

import java.util.Map;

/** Every candidate VLM votes on every class, entropy-weighted: the most expensive selection-free baseline. */
public final class AllModelsMethod implements BenchMethod {
    private final Prompt prompt;

    public AllModelsMethod(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "all-models";
    }

    @Override
    public String description() {
        return "all-models ensemble: every VLM votes on every class, entropy-weighted";
    }

    @Override
    public boolean usesK() {
        return false;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        TaskOutputs outputs = context.outputs(prompt);
        return MethodRun.evaluate(outputs, Ensemble.sameForAll(outputs.classes(),
                context.vlms().stream().map(ModelInfo::id).toList()), context.vlms(), Map.of());
    }
}
