package io.mll4j.label;

/**
 * A VLM's label kept as embeddings instead of full score rows: ℓ(x)_u = 100·cos(I(x), T(d_u)) is recomputed for
 * the few candidate nodes a selection asks about. Exact (same argmax as full rows) and |V|/d times smaller,
 * and images shared by pooled ancestor nodes are stored once.
 *
 * @param imageEmbeddings L2-normalised embeddings of the distinct images
 * @param textEmbeddings  L2-normalised embeddings of every node text
 * @param nodeImages      per node, indices into {@code imageEmbeddings}
 */
public record EmbeddingLabel(float[][] imageEmbeddings, float[][] textEmbeddings, int[][] nodeImages)
        implements NodeScores {

    public EmbeddingLabel {
        if (textEmbeddings.length != nodeImages.length) {
            throw new IllegalArgumentException(textEmbeddings.length + " node text embeddings but "
                    + nodeImages.length + " nodes");
        }
    }

    @Override
    public int nodeCount() {
        return nodeImages.length;
    }

    @Override
    public int imageCount(int node) {
        return nodeImages[node].length;
    }

    @Override
    public int[] argmaxAmong(int node, int[] candidates) {
        int[] images = nodeImages[node];
        int[] best = new int[images.length];
        for (int i = 0; i < images.length; i++) {
            best[i] = argmaxOfImage(images[i], candidates);
        }
        return best;
    }

    /**
     * For one distinct image, the position in {@code candidates} of the node it scores highest (ties: the earlier
     * candidate). Scores are compared as the double dot products, which orders them as 100·cos does.
     */
    public int argmaxOfImage(int image, int[] candidates) {
        float[] x = imageEmbeddings[image];
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = 0;
        for (int c = 0; c < candidates.length; c++) {
            double s = dot(x, textEmbeddings[candidates[c]]);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** The value {@link #argmaxOfImage} compares for one image and node: the cosine (not scaled by 100). */
    public double similarity(int image, int node) {
        return dot(imageEmbeddings[image], textEmbeddings[node]);
    }

    /** The full score row of one image over all nodes, 100·cos as in the paper (for inspection and export). */
    public float[] scoreRow(int image) {
        float[] row = new float[textEmbeddings.length];
        for (int u = 0; u < row.length; u++) {
            row[u] = (float) (100 * dot(imageEmbeddings[image], textEmbeddings[u]));
        }
        return row;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
