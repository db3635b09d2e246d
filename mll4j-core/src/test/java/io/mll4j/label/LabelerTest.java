package io.mll4j.label;

import io.mll4j.model.VisionLanguageModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelerTest {
    private static final Function<Path, BufferedImage> READ = p -> {
        try {
            return ImageIO.read(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @TempDir
    Path dir;

    /** A real, tiny VLM: images embed as their normalised mean colour; texts as the colour they name. */
    static class ColourVlm implements VisionLanguageModel {
        final List<Integer> batchSizes = new ArrayList<>();
        int failAfterBatches = Integer.MAX_VALUE;

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[][] encodeImages(List<BufferedImage> images) {
            if (batchSizes.size() >= failAfterBatches) {
                throw new IllegalStateException("killed");
            }
            batchSizes.add(images.size());
            return images.stream().map(img -> normalise(new Color(img.getRGB(0, 0)))).toArray(float[][]::new);
        }

        @Override
        public float[][] encodeTexts(List<String> texts) {
            return texts.stream().map(t -> normalise(switch (t) {
                case "red" -> Color.RED;
                case "green" -> Color.GREEN;
                default -> Color.BLUE;
            })).toArray(float[][]::new);
        }

        static float[] normalise(Color c) {
            float[] v = {c.getRed() + 1, c.getGreen() + 1, c.getBlue() + 1};
            double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (int i = 0; i < 3; i++) {
                v[i] /= (float) n;
            }
            return v;
        }

        @Override
        public void close() {
        }
    }

    private LabelingInput input() throws IOException {
        Color[] colours = {Color.RED, new Color(200, 30, 30), Color.GREEN, new Color(20, 220, 40), Color.BLUE,
                new Color(230, 20, 10)};
        List<ImageRef> images = new ArrayList<>();
        for (int i = 0; i < colours.length; i++) {
            BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 4; x++) {
                for (int y = 0; y < 4; y++) {
                    img.setRGB(x, y, colours[i].getRGB());
                }
            }
            Path file = dir.resolve("img" + i + ".png");
            ImageIO.write(img, "png", file.toFile());
            images.add(new ImageRef(file, io.mll4j.util.Hashes.sha256(file)));
        }
        // node 0 "red" has a reddish image of node 2 pooled into it too (shared image 5)
        return new LabelingInput("g1", "name", List.of("red", "green", "blue"), images,
                new int[][]{{0, 1, 5}, {2, 3}, {4, 5}});
    }

    @Test
    void label_colourModel_predictsEachNodesOwnColour() throws IOException {
        EmbeddingLabel label = Labeler.builder().setModel(new ColourVlm()).setInput(input())
                .setCacheDir(dir.resolve("cache")).setImageLoader(READ).build().label();
        assertThat(label.argmaxAmong(0, new int[]{0, 1, 2})).containsExactly(0, 0, 0);
        assertThat(label.argmaxAmong(1, new int[]{0, 1, 2})).containsExactly(1, 1);
        // node 2 holds a blue image and the shared red one
        assertThat(label.argmaxAmong(2, new int[]{0, 1, 2})).containsExactly(2, 0);
        assertThat(label.argmaxAmong(2, new int[]{1, 2})).containsExactly(1, 0);
    }

    @Test
    void label_killedRunThenRerun_resumesAndEqualsCleanRun() throws IOException {
        LabelingInput input = input();
        ColourVlm dying = new ColourVlm();
        dying.failAfterBatches = 2;
        Labeler first = Labeler.builder().setModel(dying).setInput(input).setCacheDir(dir.resolve("cache"))
                .setImageLoader(READ).optBatchSize(2).build();
        assertThatThrownBy(first::label).hasMessageContaining("killed");

        ColourVlm resumed = new ColourVlm();
        EmbeddingLabel afterResume = Labeler.builder().setModel(resumed).setInput(input)
                .setCacheDir(dir.resolve("cache")).setImageLoader(READ).optBatchSize(2).build().label();
        // 6 images in batches of 2: two batches survived the kill, only the third is computed again
        assertThat(resumed.batchSizes).containsExactly(2);

        EmbeddingLabel clean = Labeler.builder().setModel(new ColourVlm()).setInput(input)
                .setCacheDir(dir.resolve("clean")).setImageLoader(READ).optBatchSize(2).build().label();
        assertThat(afterResume.imageEmbeddings()).isDeepEqualTo(clean.imageEmbeddings());
        assertThat(afterResume.textEmbeddings()).isDeepEqualTo(clean.textEmbeddings());
    }

    @Test
    void label_secondRunWithSameModel_embedsNoImageAgain() throws IOException {
        LabelingInput input = input();
        Labeler.builder().setModel(new ColourVlm()).setInput(input).setCacheDir(dir.resolve("cache"))
                .setImageLoader(READ).build().label();
        ColourVlm again = new ColourVlm();
        Labeler.builder().setModel(again).setInput(input).setCacheDir(dir.resolve("cache"))
                .setImageLoader(READ).build().label();
        assertThat(again.batchSizes).isEmpty();
    }

    @Test
    void scoreRow_isHundredTimesCosine() throws IOException {
        EmbeddingLabel label = Labeler.builder().setModel(new ColourVlm()).setInput(input())
                .setCacheDir(dir.resolve("cache")).setImageLoader(READ).build().label();
        float[] row = label.scoreRow(0);
        assertThat(row[0]).isGreaterThan(99f).isLessThanOrEqualTo(100.001f);
        assertThat(row[1]).isLessThan(row[0]);
    }

    @Test
    void labelStore_saveThenLoad_roundTripsExactly() throws IOException {
        EmbeddingLabel label = Labeler.builder().setModel(new ColourVlm()).setInput(input())
                .setCacheDir(dir.resolve("cache")).setImageLoader(READ).build().label();
        LabelStore store = new LabelStore(dir.resolve("labels"));
        LabelKey key = new LabelKey("colour", "abcdef0123456789", "g1", "name which is gloss");
        assertThat(store.load(key)).isEmpty();
        store.save(key, label);
        EmbeddingLabel loaded = store.load(key).orElseThrow();
        assertThat(loaded.imageEmbeddings()).isDeepEqualTo(label.imageEmbeddings());
        assertThat(loaded.nodeImages()).isDeepEqualTo(label.nodeImages());
        assertThat(store.load(new LabelKey("colour", "abcdef0123456789", "g2", "gloss"))).isEmpty();
    }
}
