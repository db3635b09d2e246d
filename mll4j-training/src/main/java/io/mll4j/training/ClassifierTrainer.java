package io.mll4j.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;

/**
 * Trains an {@link ArchitectureSpec} as a classifier with softmax cross-entropy; the spec's output size is the
 * number of classes. Same seed, same data, same intra-op thread count: bit-identical weights (a different thread
 * count gives slightly different ones). PyTorch's thread count and generator are process-wide: see
 * {@link TorchEngine} for what that means for trainers running in parallel.
 */
public final class ClassifierTrainer {
    private final ArchitectureSpec spec;
    private final TrainingLoop loop;

    private ClassifierTrainer(Builder builder) {
        this.spec = builder.spec();
        this.loop = builder.loop(TrainingData.checked(builder.images, builder.labels, spec.input(),
                spec.outputSize()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains a fresh network; the caller closes the result. */
    public TrainedNetwork train() {
        SequentialBlock network = NetworkBlock.of(spec);
        InputShape in = spec.input();
        return loop.train("classification", network, network,
                new Shape[]{new Shape(1, in.channels(), in.height(), in.width())}, spec.outputSize(),
                (trainer, images, manager, random) -> trainer.forward(new NDList(images)).singletonOrThrow(),
                () -> null);
    }

    /**
     * {@code set*} are required, {@code opt*} (see {@link TrainerBuilder}) optional. The spec's output size is the
     * number of classes.
     */
    public static final class Builder extends TrainerBuilder<Builder> {
        private float[][] images;
        private int[] labels;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Training data: {@code images[i]} is one image as {@code C*H*W} floats, channels first, already
         * normalised as the exported model will receive it; {@code labels[i]} its class in
         * {@code [0, classes)}. Not copied.
         */
        public Builder setData(float[][] images, int[] labels) {
            this.images = images;
            this.labels = labels;
            return this;
        }

        /** Validates every setting, naming the bad one. */
        public ClassifierTrainer build() {
            return new ClassifierTrainer(this);
        }
    }
}
