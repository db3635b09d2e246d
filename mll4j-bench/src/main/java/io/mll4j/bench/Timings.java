package io.mll4j.bench;

import java.util.Arrays;

/**
 * Summary of repeated timings, in milliseconds.
 *
 * @param runs   number of timed runs
 * @param median median
 * @param p90    90th percentile (nearest rank)
 * @param min    fastest run
 */
public record Timings(int runs, double median, double p90, double min) {
    /** Summarises nanosecond samples. */
    public static Timings ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        long p90 = sorted[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
        return new Timings(n, median / 1e6, p90 / 1e6, sorted[0] / 1e6);
    }
}
