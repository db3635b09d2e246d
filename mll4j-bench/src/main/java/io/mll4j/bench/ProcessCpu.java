package io.mll4j.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of this process and the machine's load, to tell slow code from a busy machine. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /**
     * CPU time used so far by the threads alive now, in ns, summed (per-thread clocks are precise to the
     * nanosecond, the process clock only to 10 ms); {@code -1} where the JVM does not tell.
     */
    static long nanos() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadCpuTimeEnabled()) {
            long sum = 0;
            for (long t : threads.getThreadCpuTime(threads.getAllThreadIds())) {
                sum += Math.max(0, t);
            }
            return sum;
        }
        return -1;
    }

    /** The 1-minute load average from /proc/loadavg, or -1. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
