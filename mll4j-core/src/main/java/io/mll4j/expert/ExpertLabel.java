package io.mll4j.expert;

/**
 * An expert's model label (paper A): its softmax over its own head for every distinct graph image, and which images
 * belong to which node. Per-node signatures are derived from it with a {@link HierarchyDiscount}, so changing γ
 * never requires running the model again.
 *
 * @param outputs    per distinct image, the softmax over the head's labels ({@code [images][K]})
 * @param nodeImages per node in graph order, indices into {@code outputs}
 */
public record ExpertLabel(float[][] outputs, int[][] nodeImages) {

    public ExpertLabel {
        int k = outputs.length == 0 ? 0 : outputs[0].length;
        for (int i = 0; i < outputs.length; i++) {
            if (outputs[i] == null || outputs[i].length != k) {
                throw new IllegalArgumentException("image " + i + " has " + (outputs[i] == null ? "no" : outputs[i].length)
                        + " outputs, expected " + k + " (one per head label)");
            }
        }
        for (int v = 0; v < nodeImages.length; v++) {
            for (int image : nodeImages[v]) {
                if (image < 0 || image >= outputs.length) {
                    throw new IllegalArgumentException("node " + v + " refers to image " + image + " of "
                            + outputs.length);
                }
            }
        }
    }

    /** Number of head labels K. */
    public int headSize() {
        return outputs.length == 0 ? 0 : outputs[0].length;
    }

    /** Number of distinct images. */
    public int imageCount() {
        return outputs.length;
    }

    /** The softmax of one image, widened to double. */
    public double[] output(int image) {
        float[] row = outputs[image];
        double[] out = new double[row.length];
        for (int l = 0; l < row.length; l++) {
            out[l] = row[l];
        }
        return out;
    }

    /** The signature of {@code node} under {@code discount} (which must describe the same graph and images). */
    public NodeSignature signature(int node, HierarchyDiscount discount) {
        if (discount.nodeCount() != nodeImages.length) {
            throw new IllegalArgumentException("discount covers " + discount.nodeCount() + " nodes, label "
                    + nodeImages.length);
        }
        WeightedImages evidence = discount.evidence(node);
        int k = headSize();
        double[] mean = new double[k];
        double[] histogram = new double[k];
        double total = 0;
        for (int i = 0; i < evidence.size(); i++) {
            float[] p = outputs[evidence.images()[i]];
            double w = evidence.weights()[i];
            total += w;
            int top = 0;
            for (int l = 0; l < k; l++) {
                mean[l] += w * p[l];
                if (p[l] > p[top]) {
                    top = l;
                }
            }
            histogram[top] += w;
        }
        if (total > 0) {
            for (int l = 0; l < k; l++) {
                mean[l] /= total;
                histogram[l] /= total;
            }
        }
        return new NodeSignature(mean, histogram, evidence.size(), total);
    }

    /** Signatures of every node, in graph order. */
    public NodeSignature[] signatures(HierarchyDiscount discount) {
        NodeSignature[] all = new NodeSignature[nodeImages.length];
        for (int v = 0; v < all.length; v++) {
            all[v] = signature(v, discount);
        }
        return all;
    }
}
