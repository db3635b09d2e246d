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

    /** Seeds PyTorch's generator (weight init, dropout) and DJL's own random utilities. */
    static void seed(long seed) {
        get().setRandomSeed((int) (seed ^ (seed >>> 32)));
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
