package io.mll4j.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.mll4j.progress.Progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The epoch loop both trainers share: seeded shuffling and augmentation, mini-batch steps, per-epoch statistics.
 * What a batch means is given by a {@link BatchObjective} that turns images into class logits; the loss is
 * always softmax cross-entropy of those logits against the labels.
 */
final class TrainingLoop {

    /** Forward pass of one batch: images {@code [B, C, H, W]} to logits {@code [B, classes]}. */
    @FunctionalInterface
    interface BatchObjective {
        NDArray logits(Trainer trainer, NDArray images, NDManager batchManager, SplittableRandom random);
    }

    private final ArchitectureSpec spec;
    private final TrainingConfig config;
    private final InputShape shape;
    private final TrainingData data;
    private final Progress progress;
    private final Consumer<EpochStats> epochListener;

    TrainingLoop(ArchitectureSpec spec, TrainingConfig config, TrainingData data, Progress progress,
                 Consumer<EpochStats> epochListener) {
        this.spec = spec;
        this.config = config;
        this.shape = spec.input();
        this.data = data;
        this.progress = progress;
        this.epochListener = epochListener;
    }

    /**
     * Trains {@code head} (which is {@code network} or wraps it) and returns {@code network} with its record.
     *
     * @param objective   name recorded in the {@link TrainingRecord}
     * @param initShapes  input shapes {@code head} is initialised with
     * @param classes     classes the logits range over
     * @param temperature final temperature to record, or {@code null}
     */
    TrainedNetwork train(String objective, Block head, SequentialBlock network, Shape[] initShapes, int classes,
                         BatchObjective batchObjective, Supplier<Double> temperature) {
        Engine engine = TorchEngine.get();
        TorchEngine.threads(config.threads());
        Instant started = Instant.now();
        long start = System.nanoTime();
        Model model = Model.newInstance(objective, Device.cpu(), engine.getEngineName());
        try {
            model.setBlock(head);
            List<EpochStats> epochs;
            try (Trainer trainer = newTrainer(model, config)) {
                TorchEngine.seeded(config.seed(), () -> trainer.initialize(initShapes));
                epochs = run(trainer, batchObjective, new SplittableRandom(config.seed()), "Training " + objective);
            }
            TrainingRecord record = new TrainingRecord(objective, spec, config, data.size(), classes,
                    temperature.get(), TorchEngine.describe(engine), TorchEngine.threads(), started.toString(),
                    (System.nanoTime() - start) / 1e9, epochs);
            return new TrainedNetwork(spec, model, network, record);
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    /** A trainer on CPU with He-initialised weights and the configured optimiser. */
    private static Trainer newTrainer(Model model, TrainingConfig config) {
        Optimizer optimizer = switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate()))
                    .optWeightDecays(config.weightDecay()).build();
            case ADAMW -> Optimizer.adamW().optLearningRateTracker(Tracker.fixed(config.learningRate()))
                    .optWeightDecays(config.weightDecay()).build();
        };
        DefaultTrainingConfig djlConfig = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer)
                .optDevices(new Device[]{Device.cpu()})
                // He initialisation suits the ReLU networks a spec describes.
                .optInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                        XavierInitializer.FactorType.IN, 2f), Parameter.Type.WEIGHT);
        return model.newTrainer(djlConfig);
    }

    /** Runs all epochs; {@code random} must be the run's seeded generator. */
    private List<EpochStats> run(Trainer trainer, BatchObjective objective, SplittableRandom random, String task) {
        int n = data.size();
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BatchAugmenter augmenter = new BatchAugmenter(config.augmentation(), shape);
        Loss loss = trainer.getLoss();
        List<EpochStats> stats = new ArrayList<>(config.epochs());
        progress.start(task, (long) batches * config.epochs());
        try {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                shuffle(order, random);
                double lossSum = 0;
                long correct = 0;
                for (int from = 0; from < n; from += config.batchSize()) {
                    int size = Math.min(config.batchSize(), n - from);
                    try (NDManager batchManager = trainer.getManager().newSubManager()) {
                        float[] pixels = new float[size * shape.size()];
                        float[] labels = new float[size];
                        for (int b = 0; b < size; b++) {
                            int row = order[from + b];
                            System.arraycopy(data.images()[row], 0, pixels, b * shape.size(), shape.size());
                            augmenter.apply(pixels, b * shape.size(), random);
                            labels[b] = data.labels()[row];
                        }
                        NDArray images = batchManager.create(pixels,
                                new Shape(size, shape.channels(), shape.height(), shape.width()));
                        NDArray labelArray = batchManager.create(labels);
                        NDArray logits;
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            logits = objective.logits(trainer, images, batchManager, random);
                            NDArray value = loss.evaluate(new NDList(labelArray), new NDList(logits));
                            collector.backward(value);
                            lossSum += value.getFloat() * size;
                        }
                        trainer.step();
                        correct += countCorrect(logits, data.labels(), order, from);
                    }
                    progress.advance(1);
                }
                EpochStats epochStats = new EpochStats(epoch, lossSum / n, (double) correct / n,
                        (System.nanoTime() - start) / 1e9);
                stats.add(epochStats);
                epochListener.accept(epochStats);
            }
        } finally {
            progress.finish();
        }
        return stats;
    }

    private static long countCorrect(NDArray logits, int[] labels, int[] order, int from) {
        long[] predicted = logits.argMax(1).toLongArray();
        long correct = 0;
        for (int b = 0; b < predicted.length; b++) {
            if (predicted[b] == labels[order[from + b]]) {
                correct++;
            }
        }
        return correct;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
