package io.mll4j.combine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.expert.FusionRule;

import java.util.List;

/**
 * Predictions of a head combination (paper A's reuse) for a batch of images, with what each head contributed.
 *
 * @param classes task classes, in order (the order of every per-class list)
 * @param heads   the heads, in fusion order
 * @param rule    the fusion rule
 * @param images  one entry per input image, in input order; unreadable images carry an error
 */
public record FusionReport(List<String> classes, List<String> heads, FusionRule rule, List<FusedImage> images) {
    public FusionReport {
        classes = List.copyOf(classes);
        heads = List.copyOf(heads);
        images = List.copyOf(images);
    }

    /**
     * One image.
     *
     * @param image         the image file as given
     * @param label         the predicted class, or {@code null} when the image could not be read
     * @param probability   its posterior probability
     * @param runnerUp      the second most probable class
     * @param probabilities per class, the normalised posterior (empty on error)
     * @param contributions per head, its part in the decision (empty on error)
     * @param error         why the image could not be read, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FusedImage(String image, String label, Double probability, String runnerUp,
                             List<Double> probabilities, List<HeadContribution> contributions, String error) {
        public FusedImage {
            probabilities = List.copyOf(probabilities);
            contributions = List.copyOf(contributions);
        }

        static FusedImage failed(String image, String error) {
            return new FusedImage(image, null, null, null, List.of(), List.of(), error);
        }

        public boolean failed() {
            return error != null;
        }
    }

    /**
     * One head's part in one image's decision.
     *
     * @param head           hub id
     * @param margin         log L_h(label) − log L_h(runner-up), in nats: positive when the head pushed towards the
     *                       prediction, negative when it argued for the runner-up
     * @param logLikelihoods per class, log L_h(y)
     */
    public record HeadContribution(String head, double margin, List<Double> logLikelihoods) {
        public HeadContribution {
            logLikelihoods = List.copyOf(logLikelihoods);
        }
    }

    /** The images that could not be read. */
    @JsonIgnore
    public List<FusedImage> failures() {
        return images.stream().filter(FusedImage::failed).toList();
    }
}
