package io.mll4j.onnx.clip;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected ids come from public tests of other CLIP tokenizers, cited at each test. Tests tagged {@code data}
 * read the vocabulary installed by {@code mll data setup}.
 */
class ClipBpeTokenizerTest {
    private static ClipBpeTokenizer loaded;

    private static synchronized ClipBpeTokenizer tokenizer() {
        if (loaded == null) {
            loaded = ClipBpeTokenizer.load();
        }
        return loaded;
    }

    @Tag("data")
    @Test
    void encode_huggingFaceIntegrationString_matchesPublishedIds() {
        // Hugging Face transformers, tests/models/clip/test_tokenization_clip.py (integration test added in 2025,
        // openai/clip-vit-base-patch32): input_string and expected_token_ids without the added 49406/49407.
        String input = "This is a test\nI was born in 92000, and this is falsé.\n生活的真谛是\nHi  Hello\nHi   Hello"
                + "\n\n \n  \n Hello\n<s>\nhi<s>there\nThe following string should be properly encoded: Hello.\n"
                + "But ird and ปี   ird   ด\nHey how are you doing";
        int[] expected = {589, 533, 320, 1628, 328, 739, 2683, 530, 280, 273, 271, 271, 271, 267, 537, 589, 533,
                2778, 82, 4166, 269, 33375, 162, 112, 119, 163, 248, 226, 41570, 164, 108, 249, 42891, 363, 1883, 3306,
                1883, 3306, 3306, 283, 338, 285, 1883, 283, 338, 285, 997, 518, 3473, 9696, 1535, 655, 12560, 524,
                33703, 281, 3306, 269, 767, 2770, 537, 1777, 505, 20278, 2770, 38825, 2189, 829, 631, 592, 1960};

        assertThat(tokenizer().encode(input)).containsExactly(expected);
    }

    @Tag("data")
    @Test
    void tokenize_quickBrownFox_matchesAppleCorenetTest() {
        // apple/corenet tests/data/text_tokenizer/test_openai_clip_tokenizer().py (OpenAI's BPE file)
        long[] ids = tokenizer().tokenize("the quick brown fox jumped over the lazy dog");

        assertThat(Arrays.copyOf(ids, 11)).containsExactly(49406, 518, 3712, 2866, 3240, 16901, 962, 518, 10753,
                1929, 49407);
        assertThat(Arrays.copyOfRange(ids, 11, 77)).containsOnly(0L);
    }

    @Tag("data")
    @Test
    void tokenize_modelzooCases_matchOpenAiTokenizeOutput() {
        // npm modelzoo@0.0.4 test/clip_data.json, written by test/clip_gen.py with OpenAI's clip.tokenize
        assertThat(Arrays.copyOf(tokenizer().tokenize("hello world"), 5)).containsExactly(49406, 3306, 1002, 49407, 0);
        assertThat(Arrays.copyOf(tokenizer().tokenize("lorem ipsum dolor sit amet"), 11))
                .containsExactly(49406, 12880, 332, 1719, 8257, 2287, 541, 4037, 548, 875, 49407);
        assertThat(Arrays.copyOf(tokenizer().tokenize("nikola tesla in new york"), 7))
                .containsExactly(49406, 42146, 12254, 530, 686, 2705, 49407);
    }

    @Tag("data")
    @Test
    void tokenize_longText_truncatesKeepingEndOfTextLast() {
        long[] ids = tokenizer().tokenize("cat ".repeat(100));

        assertThat(ids).hasSize(77);
        assertThat(ids[0]).isEqualTo(ClipBpeTokenizer.START_OF_TEXT);
        assertThat(ids[76]).isEqualTo(ClipBpeTokenizer.END_OF_TEXT);
        assertThat(Arrays.copyOfRange(ids, 1, 76)).containsOnly((long) tokenizer().id("cat</w>"));
    }

    @Tag("data")
    @Test
    void withContextLength_shorterContext_padsToThatLength() {
        long[] ids = tokenizer().withContextLength(5).tokenize("hello world");

        assertThat(ids).containsExactly(49406, 3306, 1002, 49407, 0);
    }

    @Tag("data")
    @Test
    void vocabulary_hasClipSizeAndSpecialTokens() {
        assertThat(tokenizer().vocabularySize()).isEqualTo(49408);
        assertThat(tokenizer().token(49406)).isEqualTo("<|startoftext|>");
        assertThat(tokenizer().token(49407)).isEqualTo("<|endoftext|>");
        assertThat(tokenizer().token(0)).isEqualTo("!");
        assertThat(tokenizer().token(256)).isEqualTo("!</w>");
    }

    @Tag("data")
    @Test
    void decode_encodedText_givesCleanedWordsSeparatedBySpaces() {
        assertThat(tokenizer().decode(tokenizer().encode("A  Photo of the Café &amp; bar"))).isEqualTo("a photo of the café & bar ");
    }

    @Test
    void load_missingFile_throwsDataExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("bpe.txt");

        assertThatThrownBy(() -> ClipBpeTokenizer.load(missing))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void load_truncatedFile_throwsDataExceptionCountingMerges(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("bpe.txt"), "#version: 0.2\ni n\nt h\na n\n");

        assertThatThrownBy(() -> ClipBpeTokenizer.load(file))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("has 3 merges, expected at least 48894");
    }
}
