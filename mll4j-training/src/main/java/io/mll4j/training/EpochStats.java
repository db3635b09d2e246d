package io.mll4j.training;

/**
 * What one epoch measured on the (augmented) training batches.
 *
 * @param epoch    1-based epoch number
 * @param loss     mean training loss over the epoch's examples
 * @param accuracy share of training examples whose top-1 prediction was right during the epoch
 * @param seconds  wall-clock seconds of the epoch
 */
public record EpochStats(int epoch, double loss, double accuracy, double seconds) {
}
