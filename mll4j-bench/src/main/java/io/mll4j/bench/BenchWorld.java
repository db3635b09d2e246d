package io.mll4j.bench;

import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.image.Preprocessing;
import io.mll4j.label.ImageRef;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.onnx.build.OnnxGraphBuilder;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;
import io.mll4j.util.Hashes;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the labeling and reuse benchmarks run on, generated under a work folder: seeded JPEG photos-like images
 * (smooth colour fields with noise, 400x300, decoded and resized like real photos), and a hub of VLMs whose image
 * towers are real convolutional ONNX graphs (0.29 G multiply-adds per 224x224 image, ResNet-18 has 1.8) with CLIP
 * preprocessing and the bundled MiniLM as text tower.
 */
public final class BenchWorld {
    public static final String TEXT_ENCODER = "all-minilm-l6-v2-q";
    public static final int DIMENSION = 384;
    public static final Preprocessing PREPROCESSING = Preprocessing.clip(224);

    private final Path dir;
    private final List<Path> images;
    private final ModelHub hub;

    private BenchWorld(Path dir, List<Path> images, ModelHub hub) {
        this.dir = dir;
        this.images = images;
        this.hub = hub;
    }

    /**
     * Writes (or reuses) {@code imageCount} images and a hub of {@code models} VLMs under {@code dir}.
     */
    public static BenchWorld create(Path dir, int imageCount, int models) throws IOException {
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < imageCount; i++) {
            Path file = dir.resolve("images").resolve(String.format(Locale.ROOT, "img-%04d.jpg", i));
            if (!Files.isRegularFile(file)) {
                writeImage(file, i);
            }
            images.add(file);
        }
        ModelHub hub = ModelHub.builder().optDirectory(dir.resolve("hub"))
                .optChecker(OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(1)
                        .optTextEncoderDimension(TEXT_ENCODER, DIMENSION).build()).build();
        for (int m = 0; m < models; m++) {
            String id = modelId(m);
            if (!hub.contains(id)) {
                Path pkg = Files.createDirectories(dir.resolve("packages").resolve(id));
                writeTower(pkg.resolve("tower.onnx"), m);
                hub.add(new ModelPackage(ModelManifest.builder().setId(id).setKind(ModelKind.VLM)
                        .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "tower.onnx")).setPreprocessing(PREPROCESSING)
                        .optTextEncoder(TEXT_ENCODER).build(), pkg));
            }
        }
        return new BenchWorld(dir, List.copyOf(images), hub);
    }

    public static String modelId(int m) {
        return String.format(Locale.ROOT, "bench-vlm-%d", m);
    }

    public Path dir() {
        return dir;
    }

    public List<Path> images() {
        return images;
    }

    public ModelHub hub() {
        return hub;
    }

    /** The images as labeling inputs (content hashes computed here, as the graph records them). */
    public List<ImageRef> imageRefs() {
        return images.stream().map(p -> new ImageRef(p, Hashes.sha256(p))).toList();
    }

    /** The image tower file of model {@code m}. */
    public Path tower(int m) {
        return hub.get(modelId(m)).file(ModelFile.IMAGE_TOWER);
    }

    private static void writeImage(Path file, int seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int w = 400;
        int h = 300;
        double[] c = new double[9];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextDouble();
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double fx = (double) x / w;
                double fy = (double) y / h;
                int r = clamp(255 * (c[0] + c[1] * fx + c[2] * fy) / 2 + random.nextInt(24));
                int g = clamp(255 * (c[3] + c[4] * Math.sin(6 * fx) * fy) / 2 + random.nextInt(24));
                int b = clamp(255 * (c[6] + c[7] * fy * fy + c[8] * Math.cos(5 * fy)) / 2 + random.nextInt(24));
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "jpg", file.toFile());
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    /**
     * Conv(3→64, 7x7/2) → ReLU → MaxPool 2 → Conv(64→128, 3x3/2) → ReLU → Conv(128→256, 3x3/2) → ReLU →
     * Conv(256→512, 3x3/2) → ReLU → mean over space → Gemm(512→384): 224x224 in, [N, 384] out; 0.29 G
     * multiply-adds per image.
     */
    private static void writeTower(Path file, int seed) {
        SplittableRandom random = new SplittableRandom(1000 + seed);
        int[][] convs = {{3, 64, 7}, {64, 128, 3}, {128, 256, 3}, {256, 512, 3}};
        OnnxGraphBuilder g = OnnxGraphBuilder.create("bench-tower-" + seed)
                .input("pixels", ElementType.FLOAT, -1, 3, 224, 224);
        String x = "pixels";
        for (int i = 0; i < convs.length; i++) {
            int in = convs[i][0];
            int out = convs[i][1];
            int k = convs[i][2];
            g.initializer("w" + i, gaussian(random, out * in * k * k, Math.sqrt(2.0 / (in * k * k))), out, in, k, k)
                    .initializer("b" + i, new float[out], out)
                    .conv(x, "w" + i, "b" + i, "c" + i, k, 2, k / 2)
                    .relu("c" + i, "r" + i);
            x = "r" + i;
            if (i == 0) {
                g.maxPool(x, "p0", 2, 2);
                x = "p0";
            }
        }
        g.reduceMean(x, new long[]{2, 3}, false, "pooled")
                .initializer("proj", gaussian(random, 512 * DIMENSION, 1 / 22.6), 512, DIMENSION)
                .initializer("bias", new float[DIMENSION], DIMENSION)
                .gemm("pooled", "proj", "bias", "embedding")
                .output("embedding", ElementType.FLOAT, -1, DIMENSION)
                .write(file);
    }

    private static float[] gaussian(SplittableRandom random, int n, double scale) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (scale * random.nextGaussian());
        }
        return out;
    }
}
