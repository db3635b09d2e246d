package io.mll4j.bench.method;

import io.mll4j.bench.ClassDescription;
import io.mll4j.bench.FixedContext;
import io.mll4j.bench.Fixtures;
import io.mll4j.bench.MethodRun;
import io.mll4j.bench.RunParams;
import io.mll4j.bench.TaskOutputs;
import io.mll4j.reuse.Prompt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelGptMethodTest {
    private static final RunParams K1 = new RunParams(1, 0.7, 1);

    /** A text tower: a fixed pseudo-random unit vector per text, different per model. */
    private static Function<List<String>, float[][]> tower(int seed) {
        return texts -> texts.stream().map(t -> {
            Random rng = new Random(t.hashCode() * 31L + seed);
            float[] v = new float[8];
            double n = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rng.nextGaussian();
                n += v[i] * v[i];
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
            return v;
        }).toArray(float[][]::new);
    }

    private static final Map<String, Function<List<String>, float[][]>> TOWERS =
            Map.of("a", tower(1), "b", tower(2), "c", tower(3));

    private static FixedContext task(String name, TaskOutputs outputs) {
        return new FixedContext(name, Fixtures.vlms(0.2, 0.9, 0.5), outputs, TOWERS);
    }

    /** The fixture outputs with the truth shifted by one class: every model's accuracy changes. */
    private static TaskOutputs relabelled() {
        TaskOutputs o = Fixtures.outputs();
        int[] labels = {1, 1, 2, 2, 0, 0};
        return new TaskOutputs(o.classes(), labels, o.models(), o.probabilities());
    }

    @Test
    void trainingRows_leaveTheScoredTaskOut() {
        FixedContext scored = task("scored", Fixtures.outputs());
        List<FixedContext> suite = List.of(scored, task("other-1", Fixtures.outputs()), task("other-2", relabelled()));
        FixedContext.suite(suite);
        List<ModelGptMethod.TrainingRow> rows = new ModelGptMethod(Prompt.PHOTO).trainingRows(scored);
        assertThat(rows).hasSize(6).noneMatch(r -> r.task().equals("scored"));
        assertThat(rows.stream().map(ModelGptMethod.TrainingRow::task).distinct()).containsExactly("other-1", "other-2");
        // accuracies are the models' own on each other task: fixture a=1, b=1/3, c=2/3
        assertThat(rows.getFirst().accuracy()).isEqualTo(1.0);
    }

    @Test
    void run_scoredTaskLabels_neverChangeThePrediction() {
        Map<String, Object> first = predictionsWithScoredOutputs(Fixtures.outputs());
        Map<String, Object> second = predictionsWithScoredOutputs(relabelled());
        assertThat(first).isEqualTo(second);
    }

    private static Map<String, Object> predictionsWithScoredOutputs(TaskOutputs scoredOutputs) {
        FixedContext scored = task("scored", scoredOutputs);
        List<FixedContext> suite = List.of(scored, task("other-1", Fixtures.outputs()), task("other-2", relabelled()),
                task("other-3", Fixtures.outputs()));
        FixedContext.suite(suite);
        MethodRun run = new ModelGptMethod(Prompt.PHOTO).run(scored, K1);
        return Map.of("predicted", run.details().get("predictedAccuracy"), "chosen", run.models());
    }

    @Test
    void run_picksTheModelWithTheBestPredictedAccuracy() {
        FixedContext scored = task("scored", Fixtures.outputs());
        FixedContext.suite(List.of(scored, task("other-1", Fixtures.outputs()), task("other-2", relabelled())));
        MethodRun run = new ModelGptMethod(Prompt.PHOTO).run(scored, new RunParams(2, 0.7, 1));
        @SuppressWarnings("unchecked")
        Map<String, Double> predicted = (Map<String, Double>) run.details().get("predictedAccuracy");
        List<String> byPrediction = predicted.entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).map(Map.Entry::getKey).toList();
        assertThat(run.models()).containsExactlyElementsOf(byPrediction.subList(0, 2));
        assertThat(run.details()).containsKeys("standardisedWeights", "features", "trainingTasks");
    }

    @Test
    void run_aloneInTheSuite_fallsBackToGeneralScore() {
        FixedContext alone = task("alone", Fixtures.outputs());
        MethodRun run = new ModelGptMethod(Prompt.PHOTO).run(alone, K1);
        assertThat(run.models()).containsExactly("b");
        assertThat(run.details()).containsKey("fallback");
    }

    @Test
    void textFeatures_identicalTowers_giveIdenticalFeaturesExceptGeneralScore() {
        List<ClassDescription> classes = List.of(new ClassDescription("cat", List.of("true cat"), "a feline", "feline"),
                new ClassDescription("dog", List.of(), null, null));
        TextFeatures one = TextFeatures.compute(classes, tower(5), Prompt.PHOTO, 0.1);
        TextFeatures two = TextFeatures.compute(classes, tower(5), Prompt.PHOTO, 0.7);
        assertThat(one.textAcc1()).isEqualTo(two.textAcc1());
        assertThat(one.superclass()).isEqualTo(two.superclass());
        assertThat(two.generalScore()).isEqualTo(0.7);
        assertThat(TextFeatures.captions(classes.getFirst())).contains("a photo of a true cat.",
                "cat: a feline", "a photo of a cat, a kind of feline.");
        assertThat(one.textAcc1()).isBetween(0.0, 1.0);
    }

    @Test
    void textFeatures_towerThatMapsCaptionsOntoTheirPrompt_scoresPerfectTextAccuracy() {
        // every text of a class embeds to the same axis: captions classify perfectly, classes are orthogonal
        Function<List<String>, float[][]> axisTower = texts -> texts.stream().map(t -> t.contains("cat")
                ? new float[]{1, 0} : new float[]{0, 1}).toArray(float[][]::new);
        List<ClassDescription> classes = List.of(new ClassDescription("cat", List.of(), null, null),
                new ClassDescription("dog", List.of(), null, null));
        TextFeatures f = TextFeatures.compute(classes, axisTower, Prompt.PHOTO, 0);
        assertThat(f.textAcc1()).isEqualTo(1.0);
        assertThat(f.textF1()).isEqualTo(1.0);
        assertThat(f.intraSimilarity()).isEqualTo(1.0);
        assertThat(f.interIntra()).isEqualTo(0.0);
    }

}
