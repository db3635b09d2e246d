package io.mll4j.training.demo;

import io.mll4j.training.Augmentation;
import io.mll4j.training.TrainerBuilder;

import java.util.Objects;

/**
 * How a recipe trains: the image budget and the hyper-parameters. Same plan, same data, same code: same weights.
 *
 * @param perClass     training images per class, the first ones of the TRAIN split in source order ({@code 0}: all)
 * @param epochs       passes over those images
 * @param batchSize    images per step
 * @param learningRate Adam's fixed learning rate
 * @param seed         seed of initialisation, shuffling, augmentation and text sampling
 * @param threads      PyTorch intra-op threads; part of the plan because results depend on it
 * @param augmentation augmentation of training batches
 */
public record TrainingPlan(int perClass, int epochs, int batchSize, float learningRate, long seed, int threads,
                           Augmentation augmentation) {

    public TrainingPlan {
        if (perClass < 0) {
            throw new IllegalArgumentException("perClass must be >= 0, got " + perClass);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 (fixed for reproducibility), got " + threads);
        }
        augmentation = Objects.requireNonNullElse(augmentation, Augmentation.NONE);
    }

    /** Applies this plan to a trainer builder. */
    <B extends TrainerBuilder<B>> B applyTo(B builder) {
        return builder.optEpochs(epochs).optBatchSize(batchSize).optLearningRate(learningRate).optSeed(seed)
                .optThreads(threads).optAugmentation(augmentation);
    }
}
