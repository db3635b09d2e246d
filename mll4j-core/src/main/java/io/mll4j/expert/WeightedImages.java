package io.mll4j.expert;

/**
 * The evidence of one graph node: distinct images with their distance below the node and their weight.
 *
 * @param images    image indices (into the labeled image list), each once
 * @param distances per image, the fewest hyponym edges from the node down to a node holding it (0: the node's own)
 * @param weights   per image, γ^distance
 */
public record WeightedImages(int[] images, int[] distances, double[] weights) {

    public WeightedImages {
        if (images.length != distances.length || images.length != weights.length) {
            throw new IllegalArgumentException("images, distances and weights differ in length");
        }
    }

    /** Number of images. */
    public int size() {
        return images.length;
    }

    /** Sum of the weights. */
    public double totalWeight() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }
}
