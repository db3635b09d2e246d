package io.mll4j.model;

import java.util.List;

/** A sentence embedder used to match class texts to graph nodes. Embeddings are L2-normalised. */
public interface TextEmbedder extends AutoCloseable {
    /** Stable id, e.g. {@code all-minilm-l6-v2-q}; part of every cache key that depends on it. */
    String id();

    /** Embedding dimension. */
    int dimension();

    /** L2-normalised embeddings, {@code [texts][dimension]}; runs in batches internally. */
    float[][] embed(List<String> texts);

    /** Releases native resources; idempotent. */
    @Override
    void close();
}
