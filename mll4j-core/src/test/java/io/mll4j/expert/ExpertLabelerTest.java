package io.mll4j.expert;

import io.mll4j.exception.InferenceException;
import io.mll4j.label.ImageRef;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelingInput;
import io.mll4j.model.ImageClassifier;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExpertLabelerTest {
    private static final Function<Path, BufferedImage> READ = p -> {
        try {
            return ImageIO.read(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @TempDir
    Path dir;

    /** A real, tiny expert: its logits over [red, green, blue] are the pixel's channels / 50. */
    static class ColourExpert implements ImageClassifier {
        final List<Integer> batchSizes = new ArrayList<>();
        int failAfterBatches = Integer.MAX_VALUE;
        int extraLogits;

        @Override
        public List<String> labels() {
            return List.of("red", "green", "blue");
        }

        @Override
        public float[][] logits(List<BufferedImage> images) {
            if (batchSizes.size() >= failAfterBatches) {
                throw new IllegalStateException("killed");
            }
            batchSizes.add(images.size());
            return images.stream().map(img -> {
                Color c = new Color(img.getRGB(0, 0));
                float[] l = new float[3 + extraLogits];
                l[0] = c.getRed() / 50f;
                l[1] = c.getGreen() / 50f;
                l[2] = c.getBlue() / 50f;
                return l;
            }).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    }

    /** Five images; node 0 "reds" holds 0, 1 and the shared 4; node 1 "greens" 2, 3, 4. */
    private LabelingInput input() throws IOException {
        Color[] colours = {Color.RED, new Color(200, 30, 30), Color.GREEN, new Color(20, 220, 40),
                new Color(150, 150, 0)};
        List<ImageRef> images = new ArrayList<>();
        for (int i = 0; i < colours.length; i++) {
            BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    img.setRGB(x, y, colours[i].getRGB());
                }
            }
            Path file = dir.resolve("img" + i + ".png");
            ImageIO.write(img, "png", file.toFile());
            images.add(new ImageRef(file, Hashes.sha256(file)));
        }
        return new LabelingInput("g1", "unused", List.of("reds", "greens"), images, new int[][]{{0, 1, 4}, {2, 3, 4}});
    }

    private ExpertLabeler.Builder labeler(ImageClassifier model, LabelingInput input, String cache) {
        return ExpertLabeler.builder().setModel(model).setInput(input).setCacheDir(dir.resolve(cache))
                .setImageLoader(READ);
    }

    @Test
    void label_colourExpert_storesSoftmaxPerImage() throws IOException {
        ExpertLabel label = labeler(new ColourExpert(), input(), "cache").build().label();
        assertThat(label.headSize()).isEqualTo(3);
        // pure red: logits (5.1, 0, 0) → p(red) = e^5.1 / (e^5.1 + 2)
        double red = Math.exp(5.1) / (Math.exp(5.1) + 2);
        assertThat(label.output(0)).containsExactly(new double[]{red, (1 - red) / 2, (1 - red) / 2}, within(1e-6));
        // (150, 150, 0): red and green tie at 3 → (e^3, e^3, 1) / (2e^3 + 1)
        assertThat(label.output(4)[0]).isCloseTo(Math.exp(3) / (2 * Math.exp(3) + 1), within(1e-6));
        assertThat(label.nodeImages()).isDeepEqualTo(new int[][]{{0, 1, 4}, {2, 3, 4}});
    }

    @Test
    void label_killedRunThenRerun_resumesAndEqualsCleanRun() throws IOException {
        LabelingInput input = input();
        ColourExpert dying = new ColourExpert();
        dying.failAfterBatches = 1;
        assertThatThrownBy(() -> labeler(dying, input, "cache").optBatchSize(2).build().label())
                .hasMessageContaining("killed");
        ColourExpert resumed = new ColourExpert();
        ExpertLabel afterResume = labeler(resumed, input, "cache").optBatchSize(2).build().label();
        // 5 images in batches of 2: the first batch survived the kill; 3 images remain
        assertThat(resumed.batchSizes).containsExactly(2, 1);
        ExpertLabel clean = labeler(new ColourExpert(), input, "clean").optBatchSize(2).build().label();
        assertThat(afterResume.outputs()).isDeepEqualTo(clean.outputs());
    }

    @Test
    void label_wrongNumberOfLogits_namesTheImageAndTheHeadSize() throws IOException {
        ColourExpert odd = new ColourExpert();
        odd.extraLogits = 1;
        assertThatThrownBy(() -> labeler(odd, input(), "cache").build().label())
                .isInstanceOf(InferenceException.class).hasMessageContaining("4 logits").hasMessageContaining("img0.png")
                .hasMessageContaining("3 labels");
    }

    @Test
    void signature_sharedImage_countsInBothNodes() throws IOException {
        ExpertLabel label = labeler(new ColourExpert(), input(), "cache").build().label();
        HierarchyDiscount own = new HierarchyDiscount(TinyHub.GRAPH, TinyHub.nodeImages(
                TinyHub.DOG, label.nodeImages()[0], TinyHub.CAT, label.nodeImages()[1]), 0, 0);
        ExpertLabel onGraph = new ExpertLabel(label.outputs(), TinyHub.nodeImages(
                TinyHub.DOG, label.nodeImages()[0], TinyHub.CAT, label.nodeImages()[1]));
        // reds: images 0, 1 red, 4 a red/green tie broken towards the earlier label (red) → histogram (1, 0, 0)
        assertThat(onGraph.signature(TinyHub.GRAPH.indexOf(TinyHub.DOG), own).argmaxHistogram())
                .containsExactly(1, 0, 0);
        // greens: 2, 3 green, 4 red → (1/3, 2/3, 0)
        assertThat(onGraph.signature(TinyHub.GRAPH.indexOf(TinyHub.CAT), own).argmaxHistogram())
                .containsExactly(new double[]{1 / 3.0, 2 / 3.0, 0}, within(1e-12));
    }

    @Test
    void store_saveThenLoad_roundTripsAndIsKeyedByGraphVersion() throws IOException {
        ExpertLabel label = labeler(new ColourExpert(), input(), "cache").build().label();
        ExpertLabelStore store = new ExpertLabelStore(dir.resolve("labels"));
        LabelKey key = ExpertLabelStore.key("colour", "abcdef0123456789", "g1");
        assertThat(store.load(key)).isEmpty();
        store.save(key, label);
        ExpertLabel loaded = store.load(key).orElseThrow();
        assertThat(loaded.outputs()).isDeepEqualTo(label.outputs());
        assertThat(loaded.nodeImages()).isDeepEqualTo(label.nodeImages());
        assertThat(store.load(ExpertLabelStore.key("colour", "abcdef0123456789", "g2"))).isEmpty();
        try (var files = Files.list(dir.resolve("labels").resolve("colour"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
        }
        assertThat(store.cacheDir(key)).isEqualTo(dir.resolve("labels").resolve("colour").resolve("cache-abcdef012345"));
    }
}
