package io.mll4j.training;

import io.mll4j.progress.Progress;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the trainers' builders share: the network to train ({@link #setSpec}, required) and the training options
 * ({@code opt*}: every one has a default).
 *
 * @param <B> the concrete builder, returned by every option for chaining
 */
public abstract class TrainerBuilder<B extends TrainerBuilder<B>> {
    private ArchitectureSpec spec;
    private int epochs = 10;
    private int batchSize = 64;
    private float learningRate = 1e-3f;
    private float weightDecay = 0f;
    private OptimizerKind optimizer = OptimizerKind.ADAM;
    private long seed = 42L;
    private int threads = 0;
    private Augmentation augmentation = Augmentation.NONE;
    private Progress progress = Progress.NONE;
    private Consumer<EpochStats> epochListener = stats -> { };

    protected abstract B self();

    /** The network to train; what its output size must be is the trainer's to say. */
    public B setSpec(ArchitectureSpec spec) {
        this.spec = spec;
        return self();
    }

    /** Passes over the data (default 10). */
    public B optEpochs(int epochs) {
        this.epochs = epochs;
        return self();
    }

    /** Examples per step (default 64). */
    public B optBatchSize(int batchSize) {
        this.batchSize = batchSize;
        return self();
    }

    /** Fixed learning rate (default 1e-3). */
    public B optLearningRate(float learningRate) {
        this.learningRate = learningRate;
        return self();
    }

    /** Weight decay (default 0). */
    public B optWeightDecay(float weightDecay) {
        this.weightDecay = weightDecay;
        return self();
    }

    /** Optimiser (default {@link OptimizerKind#ADAM}). */
    public B optOptimizer(OptimizerKind optimizer) {
        this.optimizer = optimizer;
        return self();
    }

    /** Seed of every random choice of the run (default 42). */
    public B optSeed(long seed) {
        this.seed = seed;
        return self();
    }

    /**
     * PyTorch intra-op threads; process-wide, set when training starts (default 0: keep PyTorch's setting,
     * which is the number of cores).
     */
    public B optThreads(int threads) {
        this.threads = threads;
        return self();
    }

    /** Augmentation of training batches (default none). */
    public B optAugmentation(Augmentation augmentation) {
        this.augmentation = augmentation;
        return self();
    }

    /** Receives one item per training batch (default none). */
    public B optProgress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return self();
    }

    /** Called after every epoch with what it measured (default none). */
    public B optEpochListener(Consumer<EpochStats> epochListener) {
        this.epochListener = Objects.requireNonNull(epochListener, "epochListener");
        return self();
    }

    /** The validated hyper-parameters. */
    protected TrainingConfig config() {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, optimizer, seed, threads, augmentation);
    }

    /** The network to train, which must be set. */
    ArchitectureSpec spec() {
        if (spec == null) {
            throw new IllegalArgumentException("spec not set: call setSpec");
        }
        return spec;
    }

    /** The epoch loop over {@code data} with these options. */
    TrainingLoop loop(TrainingData data) {
        return new TrainingLoop(spec(), config(), data, progress, epochListener);
    }
}
