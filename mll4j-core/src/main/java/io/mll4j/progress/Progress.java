package io.mll4j.progress;

/**
 * Receives progress of long work. Core code reports; only front ends (CLI, server) render.
 * Implementations must be thread-safe: workers may call {@link #advance} concurrently.
 */
public interface Progress {
    /** A progress that ignores everything. */
    Progress NONE = new Progress() {
        @Override public void start(String task, long total) { }
        @Override public void advance(long done) { }
        @Override public void finish() { }
    };

    /** Starts a task of {@code total} items ({@code -1} when unknown). */
    void start(String task, long total);

    /** Reports {@code done} more items finished. */
    void advance(long done);

    /** Ends the current task. */
    void finish();
}
