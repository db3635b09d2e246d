package io.mll4j.bench;

import io.mll4j.hub.ModelKind;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link BenchContext} of hand-made numbers: fixed outputs (the same for every prompt), models, text towers and
 * lexical facts. Tests build a few and link them into a suite with {@link #suite(List)}.
 */
public final class FixedContext implements BenchContext {
    private final BenchTask task;
    private final List<ModelInfo> vlms;
    private final TaskOutputs outputs;
    private final Map<String, Function<List<String>, float[][]>> towers;
    private ReuseScores reuseScores;
    private List<BenchContext> suite = List.of(this);

    public FixedContext(String task, List<ModelInfo> vlms, TaskOutputs outputs,
                        Map<String, Function<List<String>, float[][]>> towers) {
        this.task = new BenchTask(task, "test task", outputs.classes().stream()
                .map(c -> new BenchClass(c, List.of("fake/" + c.replace(' ', '-')), null)).toList(), null);
        this.vlms = vlms;
        this.outputs = outputs;
        this.towers = towers;
    }

    /** A VLM with a general score and a cost. */
    public static ModelInfo vlm(String id, Double generalScore, Double ms) {
        return new ModelInfo(id, ModelKind.VLM, "f".repeat(64), generalScore, ms, "enc");
    }

    /** Links contexts into one suite. */
    public static void suite(List<FixedContext> contexts) {
        List<BenchContext> all = new ArrayList<>(contexts);
        contexts.forEach(c -> c.suite = List.copyOf(all));
    }

    public FixedContext withReuseScores(ReuseScores value) {
        this.reuseScores = value;
        return this;
    }

    @Override
    public BenchTask task() {
        return task;
    }

    @Override
    public List<ModelInfo> vlms() {
        return vlms;
    }

    @Override
    public TaskOutputs outputs(Prompt prompt) {
        return outputs;
    }

    @Override
    public SelectionReport select(MethodVariant variant, SelectionConfig config) {
        throw new UnsupportedOperationException("no graph in a fixed context");
    }

    @Override
    public ReuseScores reuseScores(MethodVariant variant, SelectionConfig config) {
        if (reuseScores == null) {
            throw new UnsupportedOperationException("no reuse scores given");
        }
        return reuseScores;
    }

    @Override
    public ClassDescription describe(String className) {
        return new ClassDescription(className, List.of(), null, null);
    }

    @Override
    public float[][] encodeTexts(String modelId, List<String> texts) {
        return towers.get(modelId).apply(texts);
    }

    @Override
    public List<BenchContext> suite() {
        return suite;
    }
}
