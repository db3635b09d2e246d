package io.mll4j.bench;

import io.mll4j.image.ImageDecoder;
import io.mll4j.onnx.HubModels;
import io.mll4j.onnx.OnnxImageRunner;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.reuse.Reuser;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reuse throughput against the sum-of-models bound: {@link Reuser#predict} with every class selecting the same k
 * models (k distinct models run per image), versus the sum over those models of the time each takes alone on the
 * same images (decode, preprocess, ONNX Runtime). Rates are the best of {@code rounds} interleaved rounds; ratios
 * the median over rounds of the ratio measured within a round.
 */
public final class ReuseBench {
    private final BenchWorld world;
    private final int batchSize;
    private final int threads;

    public ReuseBench(BenchWorld world, int batchSize, int threads) {
        this.world = world;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /**
     * One k.
     *
     * @param k       models per class (all classes select the same k)
     * @param classes task classes
     * @param images  images predicted
     * @param reuse   images per second through the Reuser
     * @param bound   images per second if the k models ran alone one after the other
     * @param ratio   reuse rate / bound, median of the rounds (target ≥ 0.9)
     */
    public record Case(int k, int classes, int images, double reuse, double bound, double ratio) {
    }

    public List<Case> measure(List<Integer> ks, int classes, int rounds) {
        int maxK = ks.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Path> images = world.images();
        long[][] alone = new long[rounds][maxK];
        long[][] reuse = new long[rounds][ks.size()];
        List<String> names = new ArrayList<>();
        for (int y = 0; y < classes; y++) {
            names.add("class " + y);
        }
        try (HubModels models = HubModels.builder().optThreads(threads).optBatchSize(batchSize).build()) {
            Reuser reuser = Reuser.builder().setHub(world.hub()).setOpener(models).optBatchSize(batchSize).build();
            // untimed: open every model and the text encoder once, as a long-running service would have them
            reuser.predict(selection(names, maxK), images.subList(0, Math.min(batchSize, images.size())));
            for (int r = 0; r < rounds; r++) {
                for (int m = 0; m < maxK; m++) {
                    alone[r][m] = timeAlone(world.tower(m), images);
                }
                for (int i = 0; i < ks.size(); i++) {
                    Map<String, List<String>> selection = selection(names, ks.get(i));
                    long start = System.nanoTime();
                    reuser.predict(selection, images);
                    reuse[r][i] = System.nanoTime() - start;
                }
            }
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < ks.size(); i++) {
            long bestReuse = Long.MAX_VALUE;
            long bestBound = Long.MAX_VALUE;
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long bound = 0;
                for (int m = 0; m < ks.get(i); m++) {
                    bound += alone[r][m];
                }
                bestReuse = Math.min(bestReuse, reuse[r][i]);
                bestBound = Math.min(bestBound, bound);
                ratios[r] = (double) bound / reuse[r][i];
            }
            out.add(new Case(ks.get(i), classes, images.size(), images.size() / (bestReuse / 1e9),
                    images.size() / (bestBound / 1e9), LabelingBench.median(ratios)));
        }
        return out;
    }

    /** Every class selects models 0..k-1. */
    private static Map<String, List<String>> selection(List<String> classes, int k) {
        List<String> chosen = java.util.stream.IntStream.range(0, k).mapToObj(BenchWorld::modelId).toList();
        Map<String, List<String>> selection = new LinkedHashMap<>();
        classes.forEach(c -> selection.put(c, chosen));
        return selection;
    }

    private long timeAlone(Path tower, List<Path> images) {
        try (OnnxImageRunner runner = new OnnxImageRunner(OnnxModelRunner.open(tower, threads),
                BenchWorld.PREPROCESSING, null, null, batchSize)) {
            runner.run(List.of(ImageDecoder.decode(images.get(0)))); // session warm-up, untimed
            long start = System.nanoTime();
            for (int from = 0; from < images.size(); from += batchSize) {
                List<BufferedImage> batch = images.subList(from, Math.min(from + batchSize, images.size())).stream()
                        .map(ImageDecoder::decode).toList();
                runner.run(batch);
            }
            return System.nanoTime() - start;
        }
    }
}
