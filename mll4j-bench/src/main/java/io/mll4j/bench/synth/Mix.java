package io.mll4j.bench.synth;

/**
 * SplitMix64 finalisers: integer-only hashing, so every procedural score is bit-identical on every JVM (unlike
 * library Gaussian generators, whose algorithms may change between releases).
 */
final class Mix {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of several integers. */
    static long hash(long seed, long a, long b) {
        return mix(mix(seed + GOLDEN * a) + GOLDEN * b);
    }

    /** Uniform in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Approximately standard normal (Irwin-Hall of three 21-bit uniforms, scaled to variance 1). */
    static double normal(long h) {
        double a = (h & 0x1FFFFF) * 0x1.0p-21;
        double b = ((h >>> 21) & 0x1FFFFF) * 0x1.0p-21;
        double c = ((h >>> 42) & 0x1FFFFF) * 0x1.0p-21;
        return (a + b + c - 1.5) * 2;
    }
}
