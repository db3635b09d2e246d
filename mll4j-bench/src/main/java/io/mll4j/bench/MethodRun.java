package io.mll4j.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a method produced on one task.
 *
 * @param metrics    accuracy (for randomised methods, the mean over draws)
 * @param selection  class → models used for it (for randomised methods, the first draw's)
 * @param models     the distinct models run
 * @param msPerImage sum of the models' measured ms/image: the cost of running the selection
 * @param details    method-specific facts worth keeping (draws, fitted coefficients, oracle picks, reports)
 */
public record MethodRun(Metrics metrics, Map<String, List<String>> selection, List<String> models, double msPerImage,
                        Map<String, Object> details) {
    public MethodRun {
        selection = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selection));
        models = List.copyOf(models);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * Runs a selection through the entropy-weighted ensemble and scores it.
     *
     * @param outputs   the task's outputs
     * @param selection class → model ids
     * @param vlms      model facts (cost)
     * @param details   what to keep
     * @return the run
     */
    public static MethodRun evaluate(TaskOutputs outputs, Map<String, List<String>> selection, List<ModelInfo> vlms,
                                     Map<String, Object> details) {
        Metrics metrics = Metrics.of(Ensemble.scores(outputs, selection), outputs.labels(), outputs.classes());
        List<String> models = Ensemble.modelsOf(selection);
        return new MethodRun(metrics, selection, models, cost(models, vlms), details);
    }

    /** Sum of the models' ms/image (unmeasured count 0). */
    public static double cost(List<String> models, List<ModelInfo> vlms) {
        return models.stream().mapToDouble(id -> vlms.stream().filter(v -> v.id().equals(id)).findFirst()
                .map(ModelInfo::msOrZero).orElse(0.0)).sum();
    }
}
