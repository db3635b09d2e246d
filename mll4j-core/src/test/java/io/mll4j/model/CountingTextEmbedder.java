package io.mll4j.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** A small deterministic embedder (vector seeded by the text) that counts how many texts it embedded. */
final class CountingTextEmbedder implements TextEmbedder {
    private final String id;
    private final int dimension;
    final AtomicInteger embedded = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    CountingTextEmbedder(String id, int dimension) {
        this.id = id;
        this.dimension = dimension;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] embed(List<String> texts) {
        embedded.addAndGet(texts.size());
        return texts.stream().map(this::vector).toArray(float[][]::new);
    }

    float[] vector(String text) {
        Random random = new Random(java.util.Arrays.hashCode(text.getBytes(StandardCharsets.UTF_8)));
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dimension; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }
}
