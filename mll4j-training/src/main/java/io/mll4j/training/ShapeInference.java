package io.mll4j.training;

import java.util.ArrayList;
import java.util.List;

/** Propagates feature shapes through a layer list, rejecting a layer that does not fit its input. */
final class ShapeInference {
    private ShapeInference() {
    }

    /**
     * Output shape of every layer ({@code [C, H, W]} or {@code [F]}, batch excluded).
     *
     * @throws IllegalArgumentException naming the first layer (by index and type) that does not fit
     */
    static List<List<Integer>> shapes(InputShape input, List<Layer> layers) {
        List<List<Integer>> result = new ArrayList<>(layers.size());
        List<Integer> shape = List.of(input.channels(), input.height(), input.width());
        Layer previous = null;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (layer == null) {
                throw new IllegalArgumentException("layer " + i + " is null");
            }
            shape = next(i, layer, previous, shape);
            result.add(shape);
            previous = layer;
        }
        if (shape.size() != 1) {
            throw new IllegalArgumentException("the network must end with a flat output (add flatten or globalavgpool"
                    + " and a linear layer), but it ends with shape " + shape);
        }
        return List.copyOf(result);
    }

    private static List<Integer> next(int index, Layer layer, Layer previous, List<Integer> in) {
        return switch (layer) {
            case Layer.Conv c -> {
                spatial(index, "conv", in);
                yield List.of(c.out(), out(index, in.get(1), c.kernel(), c.stride(), c.pad()),
                        out(index, in.get(2), c.kernel(), c.stride(), c.pad()));
            }
            case Layer.MaxPool p -> pool(index, "maxpool", in, p.kernel(), p.stride());
            case Layer.AvgPool p -> pool(index, "avgpool", in, p.kernel(), p.stride());
            case Layer.GlobalAvgPool g -> {
                spatial(index, "globalavgpool", in);
                yield List.of(in.getFirst());
            }
            case Layer.Flatten f -> List.of(in.stream().reduce(1, (a, b) -> a * b));
            case Layer.Linear l -> {
                if (in.size() != 1) {
                    throw new IllegalArgumentException("layer " + index + " (linear) needs a flat input; add flatten"
                            + " or globalavgpool before it (input shape " + in + ")");
                }
                yield List.of(l.out());
            }
            case Layer.BatchNorm b -> {
                if (!(previous instanceof Layer.Conv || previous instanceof Layer.Linear)) {
                    throw new IllegalArgumentException("layer " + index + " (batchnorm) must directly follow a conv"
                            + " or linear layer, so that export can fold it into that layer");
                }
                yield in;
            }
            case Layer.Relu r -> in;
            case Layer.Dropout d -> in;
        };
    }

    private static List<Integer> pool(int index, String name, List<Integer> in, int kernel, int stride) {
        spatial(index, name, in);
        return List.of(in.get(0), out(index, in.get(1), kernel, stride, 0), out(index, in.get(2), kernel, stride, 0));
    }

    private static void spatial(int index, String name, List<Integer> in) {
        if (in.size() != 3) {
            throw new IllegalArgumentException("layer " + index + " (" + name + ") needs a [C, H, W] input, got " + in);
        }
    }

    private static int out(int index, int size, int kernel, int stride, int pad) {
        int padded = size + 2 * pad;
        if (padded < kernel) {
            throw new IllegalArgumentException("layer " + index + ": kernel " + kernel + " is larger than its padded"
                    + " input " + padded);
        }
        return (padded - kernel) / stride + 1;
    }
}
