package io.mll4j.bench;

import io.mll4j.image.ImageDecoder;
import io.mll4j.image.ImagePreprocessor;
import io.mll4j.label.ImageRef;
import io.mll4j.label.Labeler;
import io.mll4j.label.LabelingInput;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.HubModels;
import io.mll4j.onnx.OnnxImageRunner;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.util.Directories;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Labeling throughput against its limit, side by side on the same images, batch size and threads:
 * <ol>
 * <li>{@code labeler}: {@link Labeler} on a hub VLM opened as {@code mll label} opens it (embedding cache, node
 * texts, progress), from a fresh cache;</li>
 * <li>{@code modelAlone}: the same ONNX tower in a bare loop: decode, preprocess, run (what any caller must do);</li>
 * <li>{@code ortOnly}: ONNX Runtime on tensors prepared beforehand (the model's own cost, no image work).</li>
 * </ol>
 * Each is run {@code rounds} times, interleaved. Rates are the best round (least disturbed by other processes); the
 * ratio is the median over rounds of labeler vs model alone measured back to back, which a shared machine's
 * changing load distorts least.
 */
public final class LabelingBench {
    private final BenchWorld world;
    private final int batchSize;
    private final int threads;

    public LabelingBench(BenchWorld world, int batchSize, int threads) {
        this.world = world;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /**
     * Images per second.
     *
     * @param images     images labeled
     * @param labeler    through the Labeler
     * @param modelAlone decode + preprocess + ONNX Runtime in a bare loop
     * @param ortOnly    ONNX Runtime alone on prepared tensors
     * @param ratio      labeler rate / model-alone rate, median of the rounds (target ≥ 0.9)
     */
    public record Result(int images, int batchSize, int threads, double labeler, double modelAlone, double ortOnly,
                         double ratio) {
    }

    public Result measure(int rounds) throws IOException {
        List<ImageRef> refs = world.imageRefs();
        int n = refs.size();
        // one node per 8 images, a node text each (the graph's shape, in small)
        int nodes = Math.max(1, n / 8);
        int[][] nodeImages = new int[nodes][];
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < nodes; u++) {
            int from = u * n / nodes;
            int to = (u + 1) * n / nodes;
            nodeImages[u] = java.util.stream.IntStream.range(from, to).toArray();
            texts.add("node " + u + " which is a thing seen in a photograph, number " + u);
        }
        LabelingInput input = new LabelingInput("bench", "gloss", texts, refs, nodeImages);
        long[] labeler = new long[rounds];
        long[] modelAlone = new long[rounds];
        long[] ort = new long[rounds];
        double[] ratios = new double[rounds];
        Path tower = world.tower(0);
        try (HubModels models = HubModels.builder().optThreads(threads).optBatchSize(batchSize).build();
             OnnxImageRunner alone = new OnnxImageRunner(OnnxModelRunner.open(tower, threads),
                     BenchWorld.PREPROCESSING, null, null, batchSize)) {
            VisionLanguageModel vlm = models.vlm(world.hub().get(BenchWorld.modelId(0)));
            // untimed warm-up of both sessions and the text tower
            vlm.encodeTexts(List.of("warm up the text tower"));
            BufferedImage first = ImageDecoder.decode(world.images().get(0));
            vlm.encodeImages(List.of(first));
            alone.run(List.of(first));
            List<float[]> tensors = prepared(world.images());
            for (int r = 0; r < rounds; r++) {
                labeler[r] = timeLabeler(vlm, input);
                modelAlone[r] = timeAlone(alone, world.images());
                ort[r] = timeOrt(alone, tensors);
                ratios[r] = (double) modelAlone[r] / labeler[r];
            }
        }
        return new Result(n, batchSize, threads, rate(n, min(labeler)), rate(n, min(modelAlone)), rate(n, min(ort)),
                median(ratios));
    }

    private long timeLabeler(VisionLanguageModel vlm, LabelingInput input) throws IOException {
        Path cache = world.dir().resolve("labeling-cache");
        Directories.deleteRecursively(cache);
        long start = System.nanoTime();
        Labeler.builder().setModel(vlm).setInput(input).setCacheDir(cache).setImageLoader(ImageDecoder::decode)
                .optBatchSize(batchSize).build().label();
        return System.nanoTime() - start;
    }

    private long timeAlone(OnnxImageRunner runner, List<Path> images) {
        long start = System.nanoTime();
        for (int from = 0; from < images.size(); from += batchSize) {
            List<BufferedImage> batch = images.subList(from, Math.min(from + batchSize, images.size())).stream()
                    .map(ImageDecoder::decode).toList();
            runner.run(batch);
        }
        return System.nanoTime() - start;
    }

    private List<float[]> prepared(List<Path> images) {
        ImagePreprocessor pre = new ImagePreprocessor(BenchWorld.PREPROCESSING);
        List<float[]> out = new ArrayList<>();
        for (int from = 0; from < images.size(); from += batchSize) {
            out.add(pre.applyBatch(images.subList(from, Math.min(from + batchSize, images.size())).stream()
                    .map(ImageDecoder::decode).toList()));
        }
        return out;
    }

    private long timeOrt(OnnxImageRunner runner, List<float[]> tensors) {
        String input = runner.input().name();
        String output = runner.output().name();
        long start = System.nanoTime();
        for (float[] t : tensors) {
            runner.model().runFloat(input, t, new long[]{t.length / (3 * 224 * 224), 3, 224, 224}, output);
        }
        return System.nanoTime() - start;
    }

    static long min(long[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double rate(int images, long nanos) {
        return images / (nanos / 1e9);
    }

}
