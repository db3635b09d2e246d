package io.mll4j.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.Trainer;
import io.mll4j.progress.Progress;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains an {@link ArchitectureSpec} as a classifier with softmax cross-entropy; the spec's output size is the
 * number of classes. Same seed, same data, same thread count: same weights (see the module tests); PyTorch's seed
 * and thread count are process-wide, so run reproducible trainings one at a time.
 */
public final class ClassifierTrainer {
    private final ArchitectureSpec spec;
    private final TrainingData data;
    private final TrainingConfig config;
    private final Progress progress;
    private final Consumer<EpochStats> epochListener;

    private ClassifierTrainer(Builder builder) {
        this.spec = builder.spec;
        this.config = builder.config();
        this.data = TrainingData.checked(builder.images, builder.labels, spec.input(), spec.outputSize());
        this.progress = builder.progress();
        this.epochListener = builder.epochListener();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains a fresh network; the caller closes the result. */
    public TrainedNetwork train() {
        Engine engine = TorchEngine.get();
        TorchEngine.threads(config.threads());
        TorchEngine.seed(config.seed());
        Instant started = Instant.now();
        long start = System.nanoTime();
        SequentialBlock network = NetworkBlock.of(spec);
        Model model = Model.newInstance("classifier", Device.cpu(), engine.getEngineName());
        try {
            model.setBlock(network);
            List<EpochStats> epochs;
            try (Trainer trainer = TrainingLoop.newTrainer(model, config)) {
                InputShape in = spec.input();
                trainer.initialize(new Shape(1, in.channels(), in.height(), in.width()));
                TrainingLoop loop = new TrainingLoop(config, in, data, progress, epochListener);
                epochs = loop.run(trainer,
                        (t, images, manager, random) -> t.forward(new NDList(images)).singletonOrThrow(),
                        new SplittableRandom(config.seed()), "Training classifier");
            }
            TrainingRecord record = new TrainingRecord("classification", spec, config, data.size(), spec.outputSize(),
                    null, engineName(engine), TorchEngine.threads(), started.toString(),
                    (System.nanoTime() - start) / 1e9, epochs);
            return new TrainedNetwork(spec, model, network, record);
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    static String engineName(Engine engine) {
        return engine.getEngineName() + " " + engine.getVersion() + " (DJL " + Engine.getDjlVersion() + ")";
    }

    /** {@code set*} are required, {@code opt*} (see {@link TrainerBuilder}) optional. */
    public static final class Builder extends TrainerBuilder<Builder> {
        private ArchitectureSpec spec;
        private float[][] images;
        private int[] labels;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The network; its output size is the number of classes. */
        public Builder setSpec(ArchitectureSpec spec) {
            this.spec = spec;
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
            if (spec == null) {
                throw new IllegalArgumentException("spec not set: call setSpec");
            }
            return new ClassifierTrainer(this);
        }
    }
}
