package io.mll4j.bench.method;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchMethod;
import io.mll4j.bench.ClassDescription;
import io.mll4j.bench.Ensemble;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.ModelInfo;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ModelGPT-like (LOVM, paper B §6): predict each model's accuracy on the task from {@link TextFeatures} with a linear
 * regression fitted on the <em>other</em> tasks of the suite (leave one task out: the scored task's labels are never
 * seen), then use the k models with the best predicted accuracy for every class. With no other task it falls back to
 * the general-score ranking (INB).
 */
public final class ModelGptMethod implements BenchMethod {
    private final Prompt prompt;
    private final Map<String, TextFeatures> features = new HashMap<>();
    private final Map<String, Double> accuracies = new HashMap<>();

    public ModelGptMethod(Prompt prompt) {
        this.prompt = prompt;
    }

    /** One (model, task) example of the fit. */
    public record TrainingRow(String task, String model, double[] features, double accuracy) {
    }

    @Override
    public String name() {
        return "modelgpt";
    }

    @Override
    public String description() {
        return "ModelGPT-like: LOVM text-only features → linear regression fitted on the other tasks → best k models";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public boolean usesSuite() {
        return true;
    }

    @Override
    public MethodRun run(BenchContext context, RunParams params) {
        List<TrainingRow> rows = trainingRows(context);
        Map<String, Double> predicted = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            context.vlms().forEach(m -> predicted.put(m.id(), m.generalScoreOrZero()));
            details.put("fallback", "no other task to fit on: general-score ranking");
        } else {
            LinearRegression fit = LinearRegression.fit(rows.stream().map(TrainingRow::features).toArray(double[][]::new),
                    rows.stream().mapToDouble(TrainingRow::accuracy).toArray());
            Map<String, Double> weights = new LinkedHashMap<>();
            for (int j = 0; j < TextFeatures.NAMES.size(); j++) {
                weights.put(TextFeatures.NAMES.get(j), fit.weights()[j]);
            }
            details.put("intercept", fit.intercept());
            details.put("standardisedWeights", weights);
            details.put("trainingTasks", rows.stream().map(TrainingRow::task).distinct().toList());
            details.put("trainingRows", rows.size());
            Map<String, Map<String, Double>> featureValues = new LinkedHashMap<>();
            for (ModelInfo m : context.vlms()) {
                TextFeatures f = features(context, m);
                predicted.put(m.id(), fit.predict(f.vector()));
                Map<String, Double> named = new LinkedHashMap<>();
                for (int j = 0; j < TextFeatures.NAMES.size(); j++) {
                    named.put(TextFeatures.NAMES.get(j), f.vector()[j]);
                }
                featureValues.put(m.id(), named);
            }
            details.put("features", featureValues);
        }
        details.put("predictedAccuracy", predicted);
        List<String> ranked = new ArrayList<>(predicted.keySet()); // hub order, so ties keep it
        ranked.sort(Comparator.comparingDouble(id -> -predicted.get(id)));
        List<String> chosen = ranked.subList(0, Math.min(params.k(), ranked.size()));
        TaskOutputs outputs = context.outputs(prompt);
        return MethodRun.evaluate(outputs, Ensemble.sameForAll(outputs.classes(), chosen), context.vlms(), details);
    }

    /** The fit's examples: every candidate model on every task of the suite except the scored one. */
    public List<TrainingRow> trainingRows(BenchContext scored) {
        List<TrainingRow> rows = new ArrayList<>();
        for (BenchContext other : scored.suite()) {
            if (other.task().name().equals(scored.task().name())) {
                continue;
            }
            TaskOutputs outputs = null;
            for (ModelInfo m : other.vlms()) {
                String key = other.task().name() + "/" + m.id();
                Double accuracy = accuracies.get(key);
                if (accuracy == null) {
                    outputs = outputs != null ? outputs : other.outputs(prompt);
                    accuracy = outputs.accuracy(outputs.indexOf(m.id()));
                    accuracies.put(key, accuracy);
                }
                rows.add(new TrainingRow(other.task().name(), m.id(), features(other, m).vector(), accuracy));
            }
        }
        return rows;
    }

    private TextFeatures features(BenchContext context, ModelInfo model) {
        return features.computeIfAbsent(context.task().name() + "/" + model.id(), k -> {
            List<ClassDescription> classes = context.task().classNames().stream().map(context::describe).toList();
            return TextFeatures.compute(classes, texts -> context.encodeTexts(model.id(), texts), prompt,
                    model.generalScoreOrZero());
        });
    }
}
