package io.mll4j.reuse;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;

/**
 * Predictions for a batch of images.
 *
 * @param classes   task classes, in order (the order of every per-class list)
 * @param selection class → models that vote on it
 * @param prompt    the class text the models compared images with
 * @param images    one entry per input image, in input order; unreadable images carry an error
 */
public record PredictionReport(List<String> classes, Map<String, List<String>> selection, Prompt prompt,
                               List<ImagePrediction> images) {
    public PredictionReport {
        classes = List.copyOf(classes);
        selection = Map.copyOf(selection);
        images = List.copyOf(images);
    }

    /** The images that could not be read. */
    @JsonIgnore
    public List<ImagePrediction> failures() {
        return images.stream().filter(ImagePrediction::failed).toList();
    }
}
