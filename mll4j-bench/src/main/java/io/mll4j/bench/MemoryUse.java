package io.mll4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of this process: Java heap in use after a GC, and the resident set (heap + mapped index pages + native),
 * in MiB.
 *
 * @param heapMiB     heap in use after {@code System.gc()}
 * @param residentMiB VmRSS from /proc/self/status, or -1 where there is none
 */
public record MemoryUse(double heapMiB, double residentMiB) {
    private static final double MIB = 1024.0 * 1024.0;

    public static MemoryUse now() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        double heap = (rt.totalMemory() - rt.freeMemory()) / MIB;
        return new MemoryUse(heap, residentKiB() / 1024.0);
    }

    private static double residentKiB() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1024;
        }
        return -1024;
    }
}
