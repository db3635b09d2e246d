package io.mll4j.training.spike;

import io.mll4j.training.Augmentation;
import io.mll4j.training.ArchitectureSpec;
import io.mll4j.training.ClassifierTrainer;
import io.mll4j.training.ContrastiveTrainer;
import io.mll4j.training.EpochStats;
import io.mll4j.training.NetworkWeights;
import io.mll4j.training.OnnxRuntimeCheck;
import io.mll4j.training.TrainedNetwork;
import io.mll4j.training.onnx.OnnxExporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spike figures on real images (tagged slow; minutes). Needs a CIFAR-10 JPEG tree
 * ({@code train|test/<class>/<n>.jpg}) at the system property {@code mll4j.spike.cifar}; skipped without it.
 * Prints seconds per epoch, accuracy, memory, ONNX parity and size. Run one method at a time, e.g.
 * {@code mvn -pl mll4j-training -am verify -DexcludedGroups= -Dtest=CifarSpikeTest#cnn -Dmll4j.spike.cifar=DIR}.
 */
@Tag("slow")
class CifarSpikeTest {
    private static final float[] MEAN = {0.4914f, 0.4822f, 0.4465f};
    private static final float[] STD = {0.2470f, 0.2435f, 0.2616f};
    private static final int THREADS = Integer.getInteger("mll4j.spike.threads", 2);
    private static final int EPOCHS = Integer.getInteger("mll4j.spike.epochs", 3);
    private static final int PER_CLASS = Integer.getInteger("mll4j.spike.perClass", 4500);

    private static Path root() {
        String dir = System.getProperty("mll4j.spike.cifar");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "train")),
                "set -Dmll4j.spike.cifar to a CIFAR-10 JPEG tree");
        return Path.of(dir);
    }

    private static ImageFolder load(String split, int perClass, int size, boolean grey) {
        long t0 = System.nanoTime();
        ImageFolder data = grey
                ? ImageFolder.read(root().resolve(split), perClass, size, true, new float[]{0.48f}, new float[]{0.24f})
                : ImageFolder.read(root().resolve(split), perClass, size, false, MEAN, STD);
        log("decoded %s: %d images %dx%d%s in %.1f s", split, data.labels().length, size, size, grey ? " grey" : "",
                (System.nanoTime() - t0) / 1e9);
        return data;
    }

    @Test
    void cnn() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(3, 32, 32)
                .conv(16, 3, 1, 1).relu().maxPool(2, 2)
                .conv(32, 3, 1, 1).relu().maxPool(2, 2)
                .flatten().linear(10).build();
        run("cnn16-32-fc", spec, load("train", PER_CLASS, 32, false), load("test", 1000, 32, false),
                new Augmentation(4, true));
    }

    @Test
    void cnnBn() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(3, 32, 32)
                .conv(32, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
                .conv(64, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
                .conv(128, 3, 1, 1).batchNorm().relu().globalAvgPool()
                .linear(10).build();
        run("cnn32-64-128-bn-gap", spec, load("train", PER_CLASS, 32, false), load("test", 1000, 32, false),
                new Augmentation(4, true));
    }

    @Test
    void mlpGrey() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(1, 28, 28)
                .flatten().linear(256).relu().dropout(0.2f).linear(128).relu().linear(10).build();
        run("mlp784-256-128 grey28", spec, load("train", PER_CLASS, 28, true), load("test", 1000, 28, true),
                Augmentation.NONE);
    }

    @Test
    void determinism() {
        ArchitectureSpec spec = ArchitectureSpec.builder(3, 32, 32)
                .conv(16, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
                .conv(32, 3, 1, 1).relu().maxPool(2, 2)
                .flatten().dropout(0.2f).linear(10).build();
        ImageFolder train = load("train", 500, 32, false);
        float[][] w = new float[4][];
        int[] threads = {1, 1, 2, 2};
        for (int r = 0; r < 4; r++) {
            try (TrainedNetwork net = ClassifierTrainer.builder().setSpec(spec).setData(train.images(), train.labels())
                    .optEpochs(1).optBatchSize(64).optSeed(17).optThreads(threads[r])
                    .optAugmentation(new Augmentation(4, true)).build().train()) {
                w[r] = flat(net.weights());
                log("determinism run %d threads=%d loss=%.6f", r, threads[r], net.record().epochs().getFirst().loss());
            }
        }
        log("1 thread twice bit-identical: %s", Arrays.equals(w[0], w[1]));
        log("2 threads twice bit-identical: %s", Arrays.equals(w[2], w[3]));
        log("1 vs 2 threads bit-identical: %s, max |diff| %.3g", Arrays.equals(w[0], w[2]), maxDiff(w[0], w[2]));
        assertThat(w[0]).isEqualTo(w[1]);
    }

    @Test
    void contrastive() throws Exception {
        int dim = 384;
        ArchitectureSpec spec = ArchitectureSpec.builder(3, 32, 32)
                .conv(16, 3, 1, 1).relu().maxPool(2, 2)
                .conv(32, 3, 1, 1).relu().maxPool(2, 2)
                .flatten().linear(dim).build();
        ImageFolder train = load("train", PER_CLASS, 32, false);
        ImageFolder test = load("test", 1000, 32, false);
        // Stand-in for a frozen text encoder: 4 noisy texts per class around a random class direction.
        SplittableRandom random = new SplittableRandom(5);
        int classes = train.classes().size();
        float[][] centres = new float[classes][dim];
        for (float[] c : centres) {
            for (int j = 0; j < dim; j++) {
                c[j] = (float) random.nextGaussian();
            }
        }
        float[][] texts = new float[classes * 4][dim];
        int[] textClasses = new int[texts.length];
        for (int t = 0; t < texts.length; t++) {
            textClasses[t] = t % classes;
            for (int j = 0; j < dim; j++) {
                texts[t][j] = centres[t % classes][j] + (float) (0.5 * random.nextGaussian());
            }
        }
        long t0 = System.nanoTime();
        lastCpuNanos = cpuNanos();
        try (TrainedNetwork tower = ContrastiveTrainer.builder().setSpec(spec).setImages(train.images(), train.labels())
                .setTexts(texts, textClasses).optEpochs(EPOCHS).optBatchSize(128).optThreads(THREADS)
                .optAugmentation(new Augmentation(4, true)).optEpochListener(CifarSpikeTest::logEpoch).build().train()) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            float[][] emb = tower.predict(test.images());
            log("contrastive tower D=%d: %.1f s total, temperature %.4f, held-out nearest-prototype accuracy %.4f",
                    dim, seconds, tower.record().temperature(), prototypeAccuracy(emb, test.labels(), texts, textClasses, classes));
            byte[] onnx = OnnxExporter.builder().optOutputName("embedding").optL2Normalize(true).build()
                    .export(spec, tower.weights());
            log("tower ONNX size %d bytes", onnx.length);
        }
    }

    private static void run(String name, ArchitectureSpec spec, ImageFolder train, ImageFolder test,
                            Augmentation augmentation) throws Exception {
        log("%s: %d train, %d test, %d threads, %d epochs, batch 128, Adam lr 1e-3, augmentation %s",
                name, train.labels().length, test.labels().length, THREADS, EPOCHS, augmentation);
        long t0 = System.nanoTime();
        lastCpuNanos = cpuNanos();
        try (TrainedNetwork net = ClassifierTrainer.builder().setSpec(spec).setData(train.images(), train.labels())
                .optEpochs(EPOCHS).optBatchSize(128).optLearningRate(1e-3f).optThreads(THREADS)
                .optAugmentation(augmentation).optEpochListener(CifarSpikeTest::logEpoch).build().train()) {
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            long e0 = System.nanoTime();
            double accuracy = net.accuracy(test.images(), test.labels());
            double evalSeconds = (System.nanoTime() - e0) / 1e9;
            byte[] onnx = OnnxExporter.builder().build().export(spec, net.weights());
            float[][] sample = Arrays.copyOfRange(test.images(), 0, 200);
            double parity = OnnxRuntimeCheck.maxAbsDiff(net.predict(sample), OnnxRuntimeCheck.run(onnx, spec.input(), sample));
            long o0 = System.nanoTime();
            float[][] ortAll = OnnxRuntimeCheck.run(onnx, spec.input(), test.images());
            double ortSeconds = (System.nanoTime() - o0) / 1e9;
            log("%s: train %.1f s (%.1f s/epoch), test accuracy %.4f (DJL eval %.1f s, ORT 1-thread eval %.1f s for %d),"
                            + " ONNX max|diff| %.2e on 200, ONNX %d bytes, params %d",
                    name, trainSeconds, trainSeconds / EPOCHS, accuracy, evalSeconds, ortSeconds, ortAll.length, parity,
                    onnx.length, flat(net.weights()).length);
            logMemory(name);
            assertThat(parity).isLessThan(1e-4);
        }
    }

    private static long lastCpuNanos = cpuNanos();

    /** CPU time of this process, all threads: robust against other jobs sharing the cores, unlike wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void logEpoch(EpochStats s) {
        long now = cpuNanos();
        log("  epoch %d: loss %.4f, train accuracy %.4f, %.1f s wall, %.1f s CPU, load %.1f", s.epoch(), s.loss(),
                s.accuracy(), s.seconds(), (now - lastCpuNanos) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        lastCpuNanos = now;
    }

    private static void logMemory(String name) throws Exception {
        Runtime rt = Runtime.getRuntime();
        String status = Files.readString(Path.of("/proc/self/status"));
        String hwm = status.lines().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("?");
        log("%s memory: heap used %d MB of %d MB committed; process %s", name,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, hwm);
    }

    private static double prototypeAccuracy(float[][] emb, int[] labels, float[][] texts, int[] textClasses, int k) {
        int dim = texts[0].length;
        double[][] proto = new double[k][dim];
        for (int t = 0; t < texts.length; t++) {
            double n = Math.sqrt(dot(texts[t], texts[t]));
            for (int j = 0; j < dim; j++) {
                proto[textClasses[t]][j] += texts[t][j] / n;
            }
        }
        int correct = 0;
        for (int i = 0; i < emb.length; i++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = 0;
                double pn = 0;
                for (int j = 0; j < dim; j++) {
                    s += emb[i][j] * proto[c][j];
                    pn += proto[c][j] * proto[c][j];
                }
                s /= Math.sqrt(pn);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return (double) correct / emb.length;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    private static float[] flat(NetworkWeights weights) {
        return weights.layers().stream().flatMap(m -> new java.util.TreeMap<>(m).values().stream())
                .reduce(new float[0], (a, b) -> {
                    float[] c = Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, c, a.length, b.length);
                    return c;
                });
    }

    private static double maxDiff(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static void log(String format, Object... args) {
        System.out.println("[spike] " + String.format(format, args));
    }
}
