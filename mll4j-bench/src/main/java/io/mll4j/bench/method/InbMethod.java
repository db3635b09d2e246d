package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.Ensemble;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.ModelInfo;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INB, "ImageNet best" (paper B §6): the same model(s) for every task, those with the best general score (here the
 * accuracy on the disjoint REFERENCE split recorded in the manifests); k &gt; 1 ensembles the top k with the same
 * entropy weighting. Ties: earlier model in hub order; a model without a score ranks last.
 */
public final class InbMethod implements BenchMethod {
    private final Prompt prompt;

    public InbMethod(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "inb";
    }

    @Override
    public String description() {
        return "INB: the k models with the best general score (REFERENCE-split accuracy) for every task";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        List<ModelInfo> ranked = ranking(context.vlms());
        List<String> chosen = ranked.subList(0, Math.min(params.k(), ranked.size())).stream().map(ModelInfo::id)
                .toList();
        TaskOutputs outputs = context.outputs(prompt);
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        ranked.forEach(m -> scores.put(m.id(), m.generalScore()));
        details.put("generalScores", scores);
        return MethodRun.evaluate(outputs, Ensemble.sameForAll(outputs.classes(), chosen), context.vlms(), details);
    }

    /** Models by general score, best first (stable: hub order breaks ties). */
    public static List<ModelInfo> ranking(List<ModelInfo> vlms) {
        List<ModelInfo> ranked = new ArrayList<>(vlms);
        ranked.sort(Comparator.comparingDouble(m -> -m.generalScoreOrZero()));
        return ranked;
    }
}
