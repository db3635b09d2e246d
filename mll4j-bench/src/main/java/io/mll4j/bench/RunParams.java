package io.mll4j.bench;

/**
 * The knobs of one run. Methods ignore what they do not use (see {@link BenchMethod#usesK()},
 * {@link BenchMethod#usesAlpha()}); the run's file name carries only what the method uses.
 *
 * @param k     models per class (or per task for task-level methods)
 * @param alpha MLL's weight of a class's own score (method.md §4.4)
 * @param seed  base seed of randomised methods; combined with the task name so tasks draw independently
 */
public record RunParams(int k, double alpha, long seed) {
    public RunParams {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
    }
}
