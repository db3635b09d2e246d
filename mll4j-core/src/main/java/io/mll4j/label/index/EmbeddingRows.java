package io.mll4j.label.index;

import io.mll4j.label.EmbeddingLabel;

/**
 * An {@link EmbeddingLabel} as exact rows: one row per distinct image, scores = cosines with every node text
 * (the order of 100·cos). A fallback scores only the candidates, so it costs |candidates|·d, not |V|·d.
 */
public final class EmbeddingRows implements ExactRows {
    private final EmbeddingLabel label;

    public EmbeddingRows(EmbeddingLabel label) {
        this.label = label;
    }

    @Override
    public int nodeCount() {
        return label.nodeCount();
    }

    @Override
    public int rowCount() {
        return label.imageEmbeddings().length;
    }

    @Override
    public int[] rowsOf(int node) {
        return label.nodeImages()[node].clone();
    }

    @Override
    public void scores(int row, double[] out) {
        for (int u = 0; u < out.length; u++) {
            out[u] = label.similarity(row, u);
        }
    }

    @Override
    public int argmaxAmong(int row, int[] candidates) {
        return label.argmaxOfImage(row, candidates);
    }
}
