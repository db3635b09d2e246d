package io.mll4j.onnx.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.mll4j.exception.ModelLoadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our tokenizer against the HF Rust tokenizer (through DJL, as langchain4j uses it) on the same tokenizer.json. */
class WordPieceTokenizerTest {
    private static final String MINILM = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String BGE = "bge-small-en-v1.5-q-tokenizer.json";

    static final List<String> ODD_TEXTS = List.of(
            "Hello world",
            "The quick brown fox jumps over the lazy dog.",
            "tabby cat",
            "Ångström café naïve résumé coöperate",
            "cafe\u0301 (combining accent) vs café",
            "İstanbul ΣΊΣΥΦΟΣ straße ﬁne Ǆemal",
            "中文字符 and 日本語のテキスト 한국어 𠀀𠀁",
            "emoji 🐱🚗 and symbols ©®™ €100 $5 ± ≤ ≥ ∞ ½",
            "tab\there\nnew line\u0000null\u200bzero width\u00a0nbsp\u3000ideographic\ufeffbom \ufffd\u0085nel",
            "[CLS] special [SEP] tokens [MASK]inside[UNK][PAD] [cls] [ MASK ]",
            "antidisestablishmentarianism supercalifragilisticexpialidocious",
            "a".repeat(100) + " " + "b".repeat(101),
            "e-mail: someone@example.com, URL https://example.org/path?x=1&y=2 #hashtag ~tilde^caret`tick|pipe",
            "don't won't it's 'quoted' \"double\" (paren) [bracket] {brace} «guillemets» „low“ — dash – en…",
            "Привет мир, Γειά σου κόσμε, مرحبا بالعالم, שלום עולם, สวัสดีชาวโลก, नमस्ते दुनिया",
            "3.14159 1,000,000 2024-01-01 12:30 #1 №5 ①②",
            "",
            "   \t\n  ",
            "water-bottle, fire engine; hot-dog / hotdog: English springer, Cardigan Welsh corgi");

    private static WordPieceTokenizer minilm;
    private static WordPieceTokenizer bge;
    private static HuggingFaceTokenizer hfMinilm;
    private static HuggingFaceTokenizer hfBge;

    @BeforeAll
    static void load() throws Exception {
        minilm = WordPieceTokenizer.fromResource(MINILM);
        bge = WordPieceTokenizer.fromResource(BGE);
        hfMinilm = hf(MINILM);
        hfBge = hf(BGE);
    }

    @AfterAll
    static void close() {
        hfMinilm.close();
        hfBge.close();
    }

    private static HuggingFaceTokenizer hf(String resource) throws Exception {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(resource)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        }
    }

    @Test
    void encode_helloWorld_matchesPublishedBertIds() {
        // bert-base-uncased ids as printed in the HF transformers docs
        Encoding e = minilm.encode("Hello world");
        assertThat(e.inputIds()).containsExactly(101, 7592, 2088, 102);
        assertThat(e.attentionMask()).containsExactly(1, 1, 1, 1);
        assertThat(e.tokenTypeIds()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void encode_oddTexts_matchesHuggingFaceTokenizer() {
        for (String text : ODD_TEXTS) {
            ai.djl.huggingface.tokenizers.Encoding expected = hfBge.encode(text);
            Encoding actual = bge.encode(text);
            assertThat(actual.inputIds()).as("ids of %s", text).containsExactly(expected.getIds());
            assertThat(actual.tokenTypeIds()).as("type ids of %s", text).containsExactly(expected.getTypeIds());
            assertThat(actual.attentionMask()).as("mask of %s", text).containsExactly(expected.getAttentionMask());
        }
    }

    @Test
    void encode_randomMixedScriptTexts_matchHuggingFaceTokenizer() {
        // code points from the classes the normalizer and pre-tokenizer treat differently
        int[] pool = "aZ09 .,;!?'\"-_$+<=>^`|~()[]{}@#%&*/\\éÉñÑüÖßİıΣσςЖж中文字한국語ぁア\u0301\u0308\u093f\u0e31\t\n\r\u000b\u00a0\u2003\u3000\u200b\u200d\ufeff\u0000\u0007\u007f\u0085\u00ad\ufffd\ue000€£¥©®™°±×÷½²³"
                .codePoints().toArray();
        int[] astral = {0x1F431, 0x1F697, 0x20000, 0x2A700, 0x1D400, 0xE0041};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(random.nextInt(20) == 0 ? astral[random.nextInt(astral.length)]
                        : random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : 'a' + random.nextInt(26));
            }
            String text = sb.toString();
            assertThat(bge.encode(text).inputIds()).as("ids of %s", text.codePoints()
                    .mapToObj(Integer::toHexString).toList()).containsExactly(hfBge.encode(text).getIds());
        }
    }

    @Test
    void encode_longText_truncatesLikeHuggingFaceAt128ForMiniLm() {
        String longText = String.join(" ", java.util.Collections.nCopies(80, "a tabby cat, purring."));
        Encoding actual = minilm.encode(longText);
        assertThat(minilm.maxLength()).isEqualTo(128);
        assertThat(actual.inputIds()).containsExactly(hfMinilm.encode(longText).getIds());
    }

    @Test
    void encode_longText_truncatesAt512LikeDjlForBge() {
        // this tokenizer.json declares no truncation; DJL (hence langchain4j) then truncates at 512 too
        String longText = String.join(" ", java.util.Collections.nCopies(200, "a tabby cat, purring."));
        Encoding actual = bge.encode(longText);
        assertThat(actual.length()).isEqualTo(512);
        assertThat(actual.inputIds()[511]).isEqualTo(102);
        assertThat(actual.inputIds()).containsExactly(hfBge.encode(longText).getIds());
    }

    @Test
    void withMaxLength_smallLimit_truncatesAndKeepsSpecialTokens() {
        Encoding e = bge.withMaxLength(4).encode("one two three four five");
        assertThat(e.inputIds()).hasSize(4);
        assertThat(e.inputIds()[0]).isEqualTo(101);
        assertThat(e.inputIds()[3]).isEqualTo(102);
    }

    @Test
    void withMaxLength_notAboveSpecialTokens_isRejected() {
        assertThatThrownBy(() -> bge.withMaxLength(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxLength");
    }

    @Test
    void fromResource_missing_namesResource() {
        assertThatThrownBy(() -> WordPieceTokenizer.fromResource("no-such-tokenizer.json"))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("no-such-tokenizer.json");
    }

    @Test
    void fromFile_unsupportedModel_namesField(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, "{\"model\":{\"type\":\"BPE\",\"vocab\":{}},\"pre_tokenizer\":{\"type\":\"BertPreTokenizer\"}}");
        assertThatThrownBy(() -> WordPieceTokenizer.fromFile(file))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("model.type").hasMessageContaining("BPE");
    }

    @Test
    void fromFile_notJson_namesFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> WordPieceTokenizer.fromFile(file))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("broken.json");
    }
}
