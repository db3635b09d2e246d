package io.mll4j.progress;

import java.util.Objects;

/**
 * The two optional settings of every builder of work done in batches of images: batch size and progress.
 *
 * @param <B> the concrete builder, returned by every setting for chaining
 */
public abstract class BatchedBuilder<B extends BatchedBuilder<B>> {
    private int batchSize = 32;
    private Progress progress = Progress.NONE;

    protected abstract B self();

    /** Images per model run (default 32). */
    public B optBatchSize(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + value);
        }
        this.batchSize = value;
        return self();
    }

    /** Where progress is reported (default: nowhere). */
    public B optProgress(Progress value) {
        this.progress = Objects.requireNonNull(value, "progress");
        return self();
    }

    /** The batch size set. */
    public int batchSize() {
        return batchSize;
    }

    /** The progress sink set. */
    public Progress progress() {
        return progress;
    }
}
