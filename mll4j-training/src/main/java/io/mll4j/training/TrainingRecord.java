package io.mll4j.training;

import java.util.List;

/**
 * Provenance of a trained network: what was trained, how, on how much data, and what each epoch measured.
 * JSON-serialisable so a hub entry can carry it.
 *
 * @param objective   {@code "classification"} or {@code "contrastive"}
 * @param spec        the architecture
 * @param config      hyper-parameters
 * @param examples    training examples
 * @param classes     classes in the training labels' range
 * @param temperature final softmax temperature (contrastive only; {@code null} for a classifier)
 * @param engine      engine and version, e.g. {@code "PyTorch 2.7.1 (DJL 0.36.0)"}
 * @param threads     intra-op threads PyTorch used
 * @param startedAt   ISO-8601 start time
 * @param seconds     total wall-clock seconds
 * @param epochs      per-epoch statistics
 */
public record TrainingRecord(String objective, ArchitectureSpec spec, TrainingConfig config, int examples, int classes,
                             Double temperature, String engine, int threads, String startedAt, double seconds,
                             List<EpochStats> epochs) {
    public TrainingRecord {
        epochs = List.copyOf(epochs);
    }
}
