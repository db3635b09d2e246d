package io.mll4j.reuse;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The ensemble's answer for one image, or why there is none.
 *
 * @param image  the image file as given
 * @param label  the predicted class ŷ, or {@code null} when the image could not be read
 * @param scores score_y(x) per class, in task order (empty on error)
 * @param votes  each selected model's part (empty on error)
 * @param error  why the image could not be read, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImagePrediction(String image, String label, List<Double> scores, List<ModelVote> votes, String error) {
    public ImagePrediction {
        scores = List.copyOf(scores);
        votes = List.copyOf(votes);
    }

    /** An image that could not be decoded. */
    public static ImagePrediction failed(String image, String error) {
        return new ImagePrediction(image, null, List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
