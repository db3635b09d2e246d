package io.mll4j.examples;

import io.mll4j.api.MllPipeline;
import io.mll4j.api.SelectedTask;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.ModelVote;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.task.Task;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Selects models for a task, then classifies images with them (entropy-weighted, each model voting on the classes
 * it was chosen for) and shows each model's part.
 * <pre>java … io.mll4j.examples.PredictImages "red,yellow,green,blue" photos/a.png photos/b.png</pre>
 */
public final class PredictImages {
    private PredictImages() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: PredictImages CLASS,CLASS,... IMAGE...");
            return;
        }
        Task task = Task.of(Arrays.stream(args[0].split(",")).map(String::strip).toList());
        List<Path> images = Arrays.stream(args).skip(1).map(Path::of).toList();
        // README:begin predict
        try (MllPipeline mll = MllPipeline.builder().build()) {
            SelectedTask selected = mll.select(task);
            PredictionReport predictions = selected.predict(images);
            for (ImagePrediction p : predictions.images()) {
                System.out.println(p.image() + " -> " + (p.failed() ? p.error() : p.label()));  // unreadable: named
                for (ModelVote v : p.votes()) {
                    System.out.printf("    %s: weight %.3g%s%n", v.model(), v.weight(),
                            v.contribution() > 0 ? ", votes for " + p.label() : "");
                }
            }
        }
        // README:end
    }
}
