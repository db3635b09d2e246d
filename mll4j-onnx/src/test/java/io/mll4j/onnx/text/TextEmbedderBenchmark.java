package io.mll4j.onnx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Manual throughput check (not a test): load time and texts/s of each bundled encoder on class-name-like and
 * gloss-like texts. Run from the module with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.mll4j.onnx.text.TextEmbedderBenchmark 32 2}.
 */
public final class TextEmbedderBenchmark {
    private static final String[] WORDS = ("cat dog truck a the of small large domestic wild animal vehicle used for"
            + " carrying goods with four wheels and an engine bird that flies over water red blue green tabby corgi"
            + " breed herding Wales short legs long body fire engine photo picture kind type musical instrument"
            + " played by striking strings keys tree plant flower fruit edible sweet").split(" ");

    private TextEmbedderBenchmark() {
    }

    public static void main(String[] args) {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        List<String> texts = texts(count);
        for (TextEncoders encoder : TextEncoders.values()) {
            long t0 = System.nanoTime();
            try (OnnxTextEmbedder embedder = encoder.builder().optBatchSize(batchSize).optThreads(threads).build()) {
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                embedder.embed(texts.subList(0, 64)); // warm-up
                double seconds = Double.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) { // best of 3: the build machine is shared
                    long t1 = System.nanoTime();
                    embedder.embed(texts);
                    seconds = Math.min(seconds, (System.nanoTime() - t1) / 1e9);
                }
                System.out.printf("%-20s load %.2f s, %d texts in %.2f s = %.0f texts/s (batch %d, %d threads)%n",
                        encoder.id(), loadSeconds, texts.size(), seconds, texts.size() / seconds, batchSize, threads);
            }
        }
    }

    /** Half short class names (1-3 words), half gloss-like sentences (8-25 words); fixed seed. */
    static List<String> texts(int count) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int words = i % 2 == 0 ? 1 + random.nextInt(3) : 8 + random.nextInt(18);
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
