package io.mll4j.onnx.text;

import io.mll4j.exception.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OnnxTextEmbedderTest {

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    @ParameterizedTest
    @EnumSource(TextEncoders.class)
    void embed_cats_closerToEachOtherThanToTruck(TextEncoders encoder) {
        float[][] v = LoadedEncoders.get(encoder).embed(List.of("tabby cat", "domestic cat", "pickup truck"));
        assertThat(cosine(v[0], v[1])).isGreaterThan(cosine(v[0], v[2]));
    }

    @ParameterizedTest
    @EnumSource(TextEncoders.class)
    void embed_anyText_isUnitLengthWithModelDimension(TextEncoders encoder) {
        OnnxTextEmbedder embedder = LoadedEncoders.get(encoder);
        float[][] v = embedder.embed(List.of("a photo of a dog", ""));
        assertThat(embedder.dimension()).isEqualTo(384);
        for (float[] row : v) {
            assertThat(row).hasSize(384);
            assertThat(norm(row)).isCloseTo(1.0, within(1e-5));
        }
    }

    @ParameterizedTest
    @EnumSource(TextEncoders.class)
    void embed_amongOtherTexts_equalsAlone(TextEncoders encoder) {
        OnnxTextEmbedder embedder = LoadedEncoders.get(encoder);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add("item " + "word ".repeat(i % 7) + i);
        }
        texts.set(41, "Cardigan Welsh corgi");
        float[][] all = embedder.embed(texts);
        assertThat(all.length).isEqualTo(70);
        assertThat(all[41]).containsExactly(embedder.embed(List.of("Cardigan Welsh corgi"))[0], within(1e-5f));
        assertThat(all[69]).containsExactly(embedder.embed(List.of(texts.get(69)))[0], within(1e-5f));
        assertThat(all[3]).containsExactly(embedder.embed(List.of(texts.get(3)))[0], within(1e-5f));
    }

    @Test
    void embed_inPaddedBatch_closeToAloneAndInInputOrder() {
        // int8 activations are quantized per run, so batch-mates and even masked padding shift a vector slightly
        // (cosine 0.97-0.999 measured, flat in the number of pads); an ordering mistake would fall far below this
        try (OnnxTextEmbedder batched = TextEncoders.MINILM_L6_V2_Q.builder().optBatchSize(32).optThreads(2).build()) {
            OnnxTextEmbedder alone = LoadedEncoders.get(TextEncoders.MINILM_L6_V2_Q);
            List<String> texts = List.of("x", "Cardigan Welsh corgi", "a much longer sentence about a herding dog"
                    + " breed from Wales, with short legs and a long body, often kept as a family pet", "", "dog");
            float[][] together = batched.embed(texts);
            float[][] separately = alone.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(cosine(together[i], separately[i])).as("text %d", i).isGreaterThan(0.95);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TextEncoders.class)
    void embed_veryLongText_isTruncatedNotRejected(TextEncoders encoder) {
        OnnxTextEmbedder embedder = LoadedEncoders.get(encoder);
        String longText = String.join(" ", Collections.nCopies(2000, "cat"));
        float[] v = embedder.embed(List.of(longText))[0];
        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
        assertThat(embedder.tokenizer().encode(embedder.prefix() + longText).length())
                .isEqualTo(embedder.tokenizer().maxLength());
    }

    @Test
    void embed_emptyList_returnsEmpty() {
        assertThat(LoadedEncoders.get(TextEncoders.MINILM_L6_V2_Q).embed(List.of())).isEmpty();
    }

    @Test
    void embed_nullText_namesIndex() {
        List<String> texts = new ArrayList<>(List.of("a"));
        texts.add(null);
        assertThatThrownBy(() -> LoadedEncoders.get(TextEncoders.MINILM_L6_V2_Q).embed(texts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Text 1");
    }

    @Test
    void byId_knownIds_resolveCaseInsensitively() {
        assertThat(TextEncoders.byId("BGE-small-en-v1.5-q")).isEqualTo(TextEncoders.BGE_SMALL_EN_V15_Q);
        assertThat(TextEncoders.byId("e5-small-v2-q").prefix()).isEqualTo("query: ");
        assertThat(TextEncoders.byId("all-minilm-l6-v2-q").pooling()).isEqualTo(Pooling.MEAN);
    }

    @Test
    void byId_unknown_listsKnownIds() {
        assertThatThrownBy(() -> TextEncoders.byId("gte-small"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gte-small")
                .hasMessageContaining("all-minilm-l6-v2-q, bge-small-en-v1.5-q, e5-small-v2-q");
    }

    @Test
    void build_missingModelResource_namesResource() {
        var builder = OnnxTextEmbedder.builder().setId("x").setModelResource("missing-model.onnx")
                .setTokenizer(WordPieceTokenizer.fromResource("bge-small-en-v1.5-q-tokenizer.json"))
                .setPooling(Pooling.CLS);
        assertThatThrownBy(builder::build).isInstanceOf(ModelLoadException.class).hasMessageContaining("missing-model.onnx");
    }

    @Test
    void build_corruptModelFile_namesFile(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("garbage.onnx");
        Files.write(model, new byte[]{1, 2, 3, 4, 5});
        var builder = OnnxTextEmbedder.builder().setId("x").setModelPath(model)
                .setTokenizer(WordPieceTokenizer.fromResource("bge-small-en-v1.5-q-tokenizer.json"))
                .setPooling(Pooling.CLS);
        assertThatThrownBy(builder::build).isInstanceOf(ModelLoadException.class).hasMessageContaining("garbage.onnx");
    }

    @Test
    void build_withoutPooling_namesField() {
        var builder = OnnxTextEmbedder.builder().setId("x").setModelResource("bge-small-en-v1.5-q.onnx")
                .setTokenizer(WordPieceTokenizer.fromResource("bge-small-en-v1.5-q-tokenizer.json"));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pooling");
    }

    @Test
    void close_twice_isIdempotentAndEmbedAfterCloseFails() {
        OnnxTextEmbedder embedder = TextEncoders.MINILM_L6_V2_Q.builder().optThreads(1).build();
        embedder.close();
        embedder.close();
        assertThatThrownBy(() -> embedder.embed(List.of("a"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
