package io.mll4j.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trained parameters of a network as plain arrays, one map per spec layer (empty for layers without parameters).
 * Names follow DJL: {@code weight}, {@code bias} (conv, linear; conv weight is {@code [out, in, k, k]}, linear
 * weight {@code [out, in]}, both row-major) and {@code gamma}, {@code beta}, {@code runningMean},
 * {@code runningVar} (batchnorm).
 *
 * @param layers parameters per layer, in spec order
 */
public record NetworkWeights(List<Map<String, float[]>> layers) {

    public NetworkWeights {
        layers = layers.stream().map(Map::copyOf).toList();
    }

    /** The named parameter of layer {@code index}; a missing one is an {@link IllegalArgumentException}. */
    public float[] get(int index, String name) {
        if (index < 0 || index >= layers.size()) {
            throw new IllegalArgumentException("no layer " + index + " in weights of " + layers.size() + " layers");
        }
        float[] values = layers.get(index).get(name);
        if (values == null) {
            throw new IllegalArgumentException("layer " + index + " has no parameter '" + name + "' (has "
                    + layers.get(index).keySet() + ")");
        }
        return values;
    }

    /** Checks that every parameterised layer of {@code spec} has its parameters at the expected sizes. */
    public void checkFits(ArchitectureSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (layers.size() != spec.layers().size()) {
            throw new IllegalArgumentException("weights have " + layers.size() + " layers, the spec "
                    + spec.layers().size());
        }
        List<List<Integer>> shapes = spec.layerOutputShapes();
        for (int i = 0; i < layers.size(); i++) {
            List<Integer> in = i == 0 ? List.of(spec.input().channels(), spec.input().height(), spec.input().width())
                    : shapes.get(i - 1);
            switch (spec.layers().get(i)) {
                case Layer.Conv c -> {
                    expect(i, "weight", c.out() * in.getFirst() * c.kernel() * c.kernel());
                    expect(i, "bias", c.out());
                }
                case Layer.Linear l -> {
                    expect(i, "weight", l.out() * in.getFirst());
                    expect(i, "bias", l.out());
                }
                case Layer.BatchNorm b -> {
                    for (String name : List.of("gamma", "beta", "runningMean", "runningVar")) {
                        expect(i, name, in.getFirst());
                    }
                }
                default -> { }
            }
        }
    }

    private void expect(int index, String name, int size) {
        int actual = get(index, name).length;
        if (actual != size) {
            throw new IllegalArgumentException("layer " + index + " parameter '" + name + "' has " + actual
                    + " values, expected " + size);
        }
    }
}
