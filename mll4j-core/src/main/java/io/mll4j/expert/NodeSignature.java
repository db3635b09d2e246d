package io.mll4j.expert;

/**
 * An expert's behaviour on one graph node (its model label at that node), over the node's discounted evidence.
 *
 * @param meanSoftmax      per head label, the weighted mean of the softmax outputs
 * @param argmaxHistogram  per head label, the weighted share of images whose top label it is (sums to 1)
 * @param imageCount       distinct images behind the signature
 * @param totalWeight      sum of their weights (= imageCount when only the node's own images count)
 */
public record NodeSignature(double[] meanSoftmax, double[] argmaxHistogram, int imageCount, double totalWeight) {

    /** Whether the node had no evidence (then both vectors are zero). */
    public boolean isEmpty() {
        return totalWeight == 0;
    }

    /** The label the expert gives this node most often (ties: the earlier label); -1 when empty. */
    public int topLabel() {
        if (isEmpty()) {
            return -1;
        }
        int best = 0;
        for (int l = 1; l < argmaxHistogram.length; l++) {
            if (argmaxHistogram[l] > argmaxHistogram[best]) {
                best = l;
            }
        }
        return best;
    }
}
