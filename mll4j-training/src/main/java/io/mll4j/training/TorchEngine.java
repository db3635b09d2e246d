package io.mll4j.training;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine offline and sets its process-wide knobs (seed, intra-op threads).
 * Both knobs are global to the JVM, so trainers that must be reproducible run one after the other.
 */
public final class TorchEngine {
    private static final String OFFLINE = "ai.djl.offline";

    private TorchEngine() {
    }

    /** The PyTorch engine; libtorch is taken from pytorch-native-cpu on the class path, never downloaded. */
    public static synchronized Engine get() {
        if (System.getProperty(OFFLINE) == null) {
            System.setProperty(OFFLINE, "true");
        }
        return Engine.getEngine("PyTorch");
    }

    /**
     * Seeds PyTorch's generator and runs {@code draw} (weight initialisation) while no other trainer of this JVM
     * can reseed or draw, so that initial weights depend on the seed alone. Dropout later draws from the same
     * process-wide generator: trainers running in parallel in one JVM with dropout are not bit-reproducible.
     */
    static synchronized void seeded(long seed, Runnable draw) {
        get().setRandomSeed((int) (seed ^ (seed >>> 32)));
        draw.run();
    }

    /** Engine and versions, e.g. {@code "PyTorch 2.7.1 (DJL 0.36.0)"}. */
    static String describe(Engine engine) {
        return engine.getEngineName() + " " + engine.getVersion() + " (DJL " + Engine.getDjlVersion() + ")";
    }

    /** Sets PyTorch's intra-op thread count for the whole process; {@code <= 0} keeps the current value. */
    static void threads(int threads) {
        get();
        if (threads > 0) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** PyTorch's current intra-op thread count. */
    static int threads() {
        get();
        return JniUtils.getNumThreads();
    }
}
