package io.mll4j.cli;

import io.mll4j.progress.Progress;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders progress on stderr as {@code task  done/total  rate/s  ETA}, redrawn at most twice a second.
 * {@code MLL4J_NO_PROGRESS=1} silences it (CI logs).
 */
final class ConsoleProgress implements Progress {
    private static final long REDRAW_NANOS = 500_000_000L;
    private final PrintStream out;
    private final boolean enabled;
    private final AtomicLong done = new AtomicLong();
    private volatile String task = "";
    private volatile long total;
    private volatile long startNanos;
    private volatile long lastDraw;

    ConsoleProgress(PrintStream out) {
        this.out = out;
        this.enabled = System.getenv("MLL4J_NO_PROGRESS") == null;
    }

    static ConsoleProgress stderr() {
        return new ConsoleProgress(System.err);
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done.set(0);
        this.startNanos = System.nanoTime();
        this.lastDraw = 0;
    }

    @Override
    public void advance(long items) {
        long now = System.nanoTime();
        done.addAndGet(items);
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now, false);
        }
    }

    @Override
    public void finish() {
        draw(System.nanoTime(), true);
    }

    private synchronized void draw(long now, boolean last) {
        if (!enabled) {
            return;
        }
        long n = done.get();
        double secs = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = n / secs;
        StringBuilder line = new StringBuilder("\r").append(task).append("  ").append(n);
        if (total > 0) {
            line.append('/').append(total).append(String.format("  %3.0f%%", 100.0 * n / total));
        }
        line.append(String.format("  %.1f/s", rate));
        if (total > 0 && rate > 0 && !last) {
            line.append("  ETA ").append(formatSeconds((total - n) / rate));
        } else if (last) {
            line.append("  in ").append(formatSeconds(secs));
        }
        out.print(line.append("    "));
        if (last) {
            out.println();
        }
        out.flush();
    }

    static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format("%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
