package io.mll4j.training;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One layer of an {@link ArchitectureSpec}. Serialised as JSON with a {@code "type"} tag,
 * e.g. {@code {"type":"conv","out":16,"kernel":3,"stride":1,"pad":1}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Layer.Conv.class, name = "conv"),
        @JsonSubTypes.Type(value = Layer.Relu.class, name = "relu"),
        @JsonSubTypes.Type(value = Layer.MaxPool.class, name = "maxpool"),
        @JsonSubTypes.Type(value = Layer.AvgPool.class, name = "avgpool"),
        @JsonSubTypes.Type(value = Layer.GlobalAvgPool.class, name = "globalavgpool"),
        @JsonSubTypes.Type(value = Layer.Flatten.class, name = "flatten"),
        @JsonSubTypes.Type(value = Layer.Linear.class, name = "linear"),
        @JsonSubTypes.Type(value = Layer.Dropout.class, name = "dropout"),
        @JsonSubTypes.Type(value = Layer.BatchNorm.class, name = "batchnorm")
})
public sealed interface Layer {

    /** 2-D convolution with square kernel, stride and symmetric zero padding. */
    record Conv(int out, int kernel, int stride, int pad) implements Layer {
        public Conv {
            positive("conv out", out);
            positive("conv kernel", kernel);
            positive("conv stride", stride);
            if (pad < 0) {
                throw new IllegalArgumentException("conv pad must be >= 0, got " + pad);
            }
        }
    }

    /** Rectified linear unit. */
    record Relu() implements Layer {
    }

    /** Max pooling with a square window, no padding, floor rounding. */
    record MaxPool(int kernel, int stride) implements Layer {
        public MaxPool {
            positive("maxpool kernel", kernel);
            positive("maxpool stride", stride);
        }
    }

    /** Average pooling with a square window, no padding, floor rounding. */
    record AvgPool(int kernel, int stride) implements Layer {
        public AvgPool {
            positive("avgpool kernel", kernel);
            positive("avgpool stride", stride);
        }
    }

    /** Mean over height and width: {@code [C, H, W] -> [C]}. */
    record GlobalAvgPool() implements Layer {
    }

    /** {@code [C, H, W] -> [C*H*W]} in row-major order. */
    record Flatten() implements Layer {
    }

    /** Fully connected layer with bias; needs a flat input. */
    record Linear(int out) implements Layer {
        public Linear {
            positive("linear out", out);
        }
    }

    /** Dropout while training; the identity at inference and in the exported graph. */
    record Dropout(float rate) implements Layer {
        public Dropout {
            if (!(rate >= 0f && rate < 1f)) {
                throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
            }
        }
    }

    /**
     * Batch normalisation over channels (after conv) or features (after linear). It must directly follow a
     * conv or linear layer: the exporter folds it into that layer's weights.
     */
    record BatchNorm() implements Layer {
        /** Added to the running variance, as in PyTorch's default. */
        public static final float EPSILON = 1e-5f;
    }

    private static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
    }
}
