package io.mll4j.training.demo;

import java.util.List;
import java.util.Map;

/**
 * How one hub model did on the demo tasks.
 *
 * @param id             model id
 * @param kind           {@code expert}, {@code vlm} or {@code conse}
 * @param textEncoder    text encoder id (VLMs), else {@code null}
 * @param input          e.g. {@code RGB 32px}
 * @param params         parameters (as admitted)
 * @param bytes          size of the entry's files
 * @param msPerImage     median ms per image at batch 1 (as admitted)
 * @param generalScore   the {@link GeneralScore}
 * @param trainSeconds   training wall-clock seconds, or {@code null} (not trained here)
 * @param trained        classes whose images it was trained on (an expert's head; a VLM's trained classes)
 * @param heldOut        classes deliberately left out of a VLM's training
 * @param accuracy       task ({@code dataset/split}) → class id → accuracy; an expert has no entry for a class it
 *                       does not cover
 * @param unseenOnly     VLMs: data set → accuracy on the images of classes it never trained on, choosing among
 *                       those classes only (when there are at least two)
 */
public record ModelEvaluation(String id, String kind, String textEncoder, String input, Long params, long bytes,
                              Double msPerImage, Double generalScore, Double trainSeconds, List<ClassRef> trained,
                              List<ClassRef> heldOut, Map<String, Map<String, Double>> accuracy,
                              Map<String, Double> unseenOnly) {

    public ModelEvaluation {
        trained = List.copyOf(trained);
        heldOut = List.copyOf(heldOut);
        accuracy = Map.copyOf(accuracy);
        unseenOnly = Map.copyOf(unseenOnly);
    }

    /** Whether the model scores any class name (a VLM or ConSE composite). */
    public boolean isVlm() {
        return !kind.equals("expert");
    }

    /** Accuracy over all classes of a task, uncovered classes counting 0 (the task's classes are balanced). */
    public double taskAccuracy(String task, int classes) {
        Map<String, Double> perClass = accuracy.getOrDefault(task, Map.of());
        return perClass.values().stream().mapToDouble(Double::doubleValue).sum() / classes;
    }

    /** The classes of {@code dataset} it never trained on, in {@code all} order. */
    public List<ClassRef> unseen(List<ClassRef> all) {
        return all.stream().filter(c -> !trained.contains(c)).toList();
    }
}
