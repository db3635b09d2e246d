package io.mll4j.expert;

import java.util.List;

/**
 * How well a set of heads is estimated to classify the task, measured on the task's node evidence. Each evidence
 * image earns 1 when its class alone scores highest and 1/k when it ties with k−1 others (the expected accuracy
 * of a random tie-break), weighted by its discount weight.
 *
 * @param heads       ids of the heads, in the order given
 * @param accuracy    mean of the per-class accuracies over the classes with evidence (NaN if none has)
 * @param perClass    per class, weighted accuracy on its evidence (NaN: no evidence)
 * @param classWeight per class, its evidence weight
 */
public record CombinationEstimate(List<String> heads, double accuracy, double[] perClass, double[] classWeight) {

    public CombinationEstimate {
        heads = List.copyOf(heads);
    }

    /** Estimated accuracy on class {@code y} (NaN: no evidence). */
    public double accuracy(int y) {
        return perClass[y];
    }
}
