package io.mll4j.training;

import java.util.Objects;

/**
 * Hyper-parameters shared by the trainers, recorded with every trained network.
 *
 * @param epochs       passes over the training data
 * @param batchSize    examples per step (the last, smaller batch of an epoch is kept)
 * @param learningRate fixed learning rate
 * @param weightDecay  weight decay factor ({@code 0}: none)
 * @param optimizer    optimiser
 * @param seed         seed of weight init, dropout, shuffling, augmentation and text sampling
 * @param threads      PyTorch intra-op threads ({@code 0}: leave the process setting alone)
 * @param augmentation augmentation of training batches
 */
public record TrainingConfig(int epochs, int batchSize, float learningRate, float weightDecay,
                             OptimizerKind optimizer, long seed, int threads, Augmentation augmentation) {

    public TrainingConfig {
        if (epochs <= 0) {
            throw new IllegalArgumentException("epochs must be > 0, got " + epochs);
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        if (!(learningRate > 0f) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
        }
        if (!(weightDecay >= 0f) || Float.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be >= 0, got " + weightDecay);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, got " + threads);
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(augmentation, "augmentation");
    }
}
