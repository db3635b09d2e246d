package io.mll4j.hub;

import io.mll4j.progress.Progress;

/**
 * What a class that runs hub models over images needs (labeling, reuse): the hub, the opener that opens (and owns)
 * its models, images per model run, and where progress goes. Built by a {@link ModelRunBuilder}.
 *
 * @param hub       where model ids are looked up
 * @param opener    opens (and owns) the models
 * @param batchSize images per model run, at least 1
 * @param progress  receives the run's progress
 */
public record ModelRun(ModelHub hub, ModelOpener opener, int batchSize, Progress progress) {
}
