package io.mll4j.onnx.clip;

import io.mll4j.model.TextEmbedder;

import java.util.List;

/**
 * The text half of a dual encoder: texts → raw embeddings. CLIP's ONNX text encoder is {@link OnnxTextTower};
 * a model that pairs a trained image tower with a frozen sentence encoder uses {@link #of(TextEmbedder)}.
 */
public interface TextTower extends AutoCloseable {
    /** Embedding dimension. */
    int dimension();

    /** Raw embeddings, {@code [texts][dimension]}; runs in batches internally. */
    float[][] encode(List<String> texts);

    /** Releases native resources; idempotent. */
    @Override
    void close();

    /** A text tower backed by a sentence embedder; closing the tower closes the embedder. */
    static TextTower of(TextEmbedder embedder) {
        return new TextTower() {
            @Override
            public int dimension() {
                return embedder.dimension();
            }

            @Override
            public float[][] encode(List<String> texts) {
                return embedder.embed(texts);
            }

            @Override
            public void close() {
                embedder.close();
            }

            @Override
            public String toString() {
                return "TextTower[" + embedder.id() + "]";
            }
        };
    }
}
