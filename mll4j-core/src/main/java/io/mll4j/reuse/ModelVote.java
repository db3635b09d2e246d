package io.mll4j.reuse;

import java.util.List;

/**
 * One selected model's part in one image's prediction.
 *
 * @param model         hub id
 * @param votesFor      the classes this model was selected for (the only ones it scores)
 * @param probabilities p_m(y|x) over all task classes, in task order
 * @param entropyBits   H₂(p_m(·|x))
 * @param weight        w_m(x) = 1 / H₂
 * @param contribution  w·p_m(ŷ|x) added to the predicted class ŷ (0 when the model does not vote for ŷ)
 */
public record ModelVote(String model, List<String> votesFor, List<Double> probabilities, double entropyBits,
                        double weight, double contribution) {
    public ModelVote {
        votesFor = List.copyOf(votesFor);
        probabilities = List.copyOf(probabilities);
    }
}
