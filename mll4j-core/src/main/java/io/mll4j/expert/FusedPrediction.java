package io.mll4j.expert;

/**
 * One image classified by a head combination, with what each head contributed.
 *
 * @param predicted     the class with the highest score (ties: the earlier class)
 * @param scores        per class, log π_y + Σ_h log L_h(y) (unnormalised log posterior)
 * @param probabilities per class, the normalised posterior
 * @param contributions per head (combination order) and class, log L_h(y): a head's share of the decision
 */
public record FusedPrediction(int predicted, double[] scores, double[] probabilities, double[][] contributions) {

    /**
     * How much head {@code h} favoured the predicted class over {@code y}, in nats:
     * log L_h(predicted) − log L_h(y). Positive: the head pushed towards the prediction.
     */
    public double margin(int h, int y) {
        return contributions[h][predicted] - contributions[h][y];
    }
}
