package io.mll4j.onnx.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our embeddings against langchain4j's model classes on the same ONNX files: langchain4j tokenizes with the HF
 * Rust tokenizer (DJL), runs one text at a time and pools in its own code, so agreement checks tokenizer, input
 * feeding, padding and pooling together.
 */
class LangChain4jParityTest {
    private static final Executor SAME_THREAD = Runnable::run;

    static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "tabby cat",
                "Cardigan Welsh corgi",
                "a photo of a fire engine, a large red truck used by firefighters",
                "Ångström café naïve résumé",
                "emoji 🐱🚗 and symbols ©®™ €100",
                "中文字符 and 日本語のテキスト",
                "don't won't it's 'quoted' (paren) [bracket]",
                "  spaced\tout  ", // langchain4j rejects blank texts, so no ""
                // ~130 tokens: above MiniLM's 128-token truncation, below 512
                String.join(" ", Collections.nCopies(26, "a tabby cat is purring.")),
                // ~1000 tokens: truncated by every encoder
                String.join(" ", Collections.nCopies(200, "the dog chased a red ball."))));
        texts.addAll(WordPieceTokenizerTest.ODD_TEXTS.subList(8, 10)); // control characters, special tokens
        return texts;
    }

    @Test
    void embed_miniLm_matchesLangChain4j() {
        assertParity(TextEncoders.MINILM_L6_V2_Q, new AllMiniLmL6V2QuantizedEmbeddingModel(SAME_THREAD));
    }

    @Test
    void embed_bge_matchesLangChain4j() {
        assertParity(TextEncoders.BGE_SMALL_EN_V15_Q, new BgeSmallEnV15QuantizedEmbeddingModel(SAME_THREAD));
    }

    @Test
    void embed_e5_matchesLangChain4jWithQueryPrefix() {
        // the E5 jar is 1.11.0-beta19 but binary-compatible with langchain4j-embeddings 1.20.0-beta30
        assertParity(TextEncoders.E5_SMALL_V2_Q, new E5SmallV2QuantizedEmbeddingModel(SAME_THREAD));
    }

    private static void assertParity(TextEncoders encoder, EmbeddingModel reference) {
        List<String> texts = texts();
        float[][] ours = LoadedEncoders.get(encoder).embed(texts);
        double worst = 1;
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(TextSegment.from(encoder.prefix() + texts.get(i))).content().vector();
            double cos = OnnxTextEmbedderTest.cosine(ours[i], theirs);
            assertThat(cos).as("cosine of text %d '%s'", i, abbreviate(texts.get(i))).isGreaterThanOrEqualTo(0.9999);
            worst = Math.min(worst, cos);
        }
        System.out.printf("parity %s: min cosine %.9f (1 - cos = %.1e) over %d texts%n", encoder.id(), worst, 1 - worst, texts.size());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
