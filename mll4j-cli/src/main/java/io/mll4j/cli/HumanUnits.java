package io.mll4j.cli;

import java.util.Locale;

/** Short human forms of sizes, counts and times for tables; {@code -} when unknown. */
final class HumanUnits {
    private HumanUnits() {
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    static String count(Long n) {
        if (n == null) {
            return "-";
        }
        if (n < 10_000) {
            return String.format(Locale.ROOT, "%,d", n);
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3)
                : n < 1_000_000_000 ? String.format(Locale.ROOT, "%.1fM", n / 1e6)
                : String.format(Locale.ROOT, "%.2fG", n / 1e9);
    }

    static String millis(Double ms) {
        if (ms == null) {
            return "-";
        }
        return String.format(Locale.ROOT, ms < 1 ? "%.3f" : ms < 100 ? "%.1f" : "%.0f", ms);
    }
}
