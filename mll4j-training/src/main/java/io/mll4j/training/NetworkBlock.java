package io.mll4j.training;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/** Builds the DJL block of an {@link ArchitectureSpec}: one child block per layer, in spec order. */
final class NetworkBlock {
    private NetworkBlock() {
    }

    static SequentialBlock of(ArchitectureSpec spec) {
        SequentialBlock block = new SequentialBlock();
        for (Layer layer : spec.layers()) {
            block.add(of(layer));
        }
        return block;
    }

    private static Block of(Layer layer) {
        return switch (layer) {
            case Layer.Conv c -> Conv2d.builder()
                    .setFilters(c.out())
                    .setKernelShape(new Shape(c.kernel(), c.kernel()))
                    .optStride(new Shape(c.stride(), c.stride()))
                    .optPadding(new Shape(c.pad(), c.pad()))
                    .build();
            case Layer.Relu r -> Activation.reluBlock();
            case Layer.MaxPool p -> Pool.maxPool2dBlock(new Shape(p.kernel(), p.kernel()), new Shape(p.stride(), p.stride()));
            case Layer.AvgPool p -> Pool.avgPool2dBlock(new Shape(p.kernel(), p.kernel()), new Shape(p.stride(), p.stride()));
            case Layer.GlobalAvgPool g -> Pool.globalAvgPool2dBlock();
            case Layer.Flatten f -> Blocks.batchFlattenBlock();
            case Layer.Linear l -> Linear.builder().setUnits(l.out()).build();
            case Layer.Dropout d -> Dropout.builder().optRate(d.rate()).build();
            case Layer.BatchNorm b -> BatchNorm.builder().optEpsilon(Layer.BatchNorm.EPSILON).build();
        };
    }
}
