package io.mll4j.onnx.text;

import io.mll4j.exception.ModelLoadException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A pure-Java BERT tokenizer read from a HF {@code tokenizer.json}: special added tokens matched in the raw text,
 * {@code BertNormalizer}, {@code BertPreTokenizer} (whitespace and punctuation), {@code WordPiece}, then the
 * post-processor template ({@code [CLS] … [SEP]}). Texts longer than {@link #maxLength()} tokens (special tokens
 * included) are truncated on the right. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
    /** Used when {@code tokenizer.json} declares no truncation. */
    public static final int DEFAULT_MAX_LENGTH = 512;

    private final String source;
    private final BertNormalizer normalizer;
    private final WordPiece wordPiece;
    private final Map<String, Integer> specialTokenIds;
    private final List<Map.Entry<String, Integer>> specialTokens;
    private final PostProcessor postProcessor;
    private final int maxLength;
    private final int padId;

    WordPieceTokenizer(String source, BertNormalizer normalizer, WordPiece wordPiece, Map<String, Integer> specialTokens,
                       PostProcessor postProcessor, int maxLength, int padId) {
        if (maxLength <= postProcessor.specialCount()) {
            throw new IllegalArgumentException("maxLength must exceed the " + postProcessor.specialCount()
                    + " special tokens of " + source + ", got " + maxLength);
        }
        this.source = source;
        this.normalizer = normalizer;
        this.wordPiece = wordPiece;
        this.specialTokenIds = Map.copyOf(specialTokens);
        // longest first, so that a token that is a prefix of another never wins
        this.specialTokens = specialTokens.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed())
                .toList();
        this.postProcessor = postProcessor;
        this.maxLength = maxLength;
        this.padId = padId;
    }

    /** Reads a {@code tokenizer.json} from the classpath; a missing or unsupported one is a ModelLoadException. */
    public static WordPieceTokenizer fromResource(String resource) {
        try (InputStream in = WordPieceTokenizer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException("Tokenizer resource not found on the classpath: " + resource);
            }
            return TokenizerJson.parse(in, resource);
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read tokenizer resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads a {@code tokenizer.json} file; a missing or unsupported one is a ModelLoadException. */
    public static WordPieceTokenizer fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TokenizerJson.parse(in, file.toString());
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read tokenizer file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The same tokenizer truncating at {@code maxLength} tokens, special tokens included. */
    public WordPieceTokenizer withMaxLength(int maxLength) {
        return new WordPieceTokenizer(source, normalizer, wordPiece, specialTokenIds, postProcessor, maxLength, padId);
    }

    /** Maximum number of tokens of an encoding, special tokens included. */
    public int maxLength() {
        return maxLength;
    }

    /** The id batches are padded with. */
    public int padId() {
        return padId;
    }

    /** Where this tokenizer was read from. */
    public String source() {
        return source;
    }

    /** Tokenizes one text; never fails on content (unknown words become the unknown token). */
    public Encoding encode(String text) {
        WordPiece.IdSink ids = new WordPiece.IdSink();
        int segmentStart = 0;
        for (int i = 0; i < text.length(); ) {
            Map.Entry<String, Integer> special = specialAt(text, i);
            if (special == null) {
                i++;
                continue;
            }
            encodeSegment(text.substring(segmentStart, i), ids);
            ids.add(special.getValue());
            i += special.getKey().length();
            segmentStart = i;
        }
        encodeSegment(text.substring(segmentStart), ids);
        return withTemplate(ids, Math.min(ids.size(), maxLength - postProcessor.specialCount()));
    }

    private Map.Entry<String, Integer> specialAt(String text, int i) {
        for (Map.Entry<String, Integer> token : specialTokens) {
            if (text.startsWith(token.getKey(), i)) {
                return token;
            }
        }
        return null;
    }

    /** Normalizes, splits into words at whitespace and around punctuation, and WordPieces each word. */
    private void encodeSegment(String segment, WordPiece.IdSink ids) {
        if (segment.isEmpty()) {
            return;
        }
        String normalized = normalizer == null ? segment : normalizer.normalize(segment);
        StringBuilder word = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (BertNormalizer.isWhitespace(cp)) {
                flush(word, ids);
            } else if (BertNormalizer.isPunctuation(cp)) {
                flush(word, ids);
                wordPiece.tokenize(Character.toString(cp), ids);
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, ids);
    }

    private void flush(StringBuilder word, WordPiece.IdSink ids) {
        if (!word.isEmpty()) {
            wordPiece.tokenize(word.toString(), ids);
            word.setLength(0);
        }
    }

    private Encoding withTemplate(WordPiece.IdSink ids, int kept) {
        PostProcessor p = postProcessor;
        int n = p.before().length + kept + p.after().length;
        long[] inputIds = new long[n];
        long[] typeIds = new long[n];
        int k = 0;
        for (int i = 0; i < p.before().length; i++, k++) {
            inputIds[k] = p.before()[i];
            typeIds[k] = p.beforeTypes()[i];
        }
        for (int i = 0; i < kept; i++, k++) {
            inputIds[k] = ids.get(i);
            typeIds[k] = p.sequenceType();
        }
        for (int i = 0; i < p.after().length; i++, k++) {
            inputIds[k] = p.after()[i];
            typeIds[k] = p.afterTypes()[i];
        }
        long[] mask = new long[n];
        Arrays.fill(mask, 1L);
        return new Encoding(inputIds, mask, typeIds);
    }

    @Override
    public String toString() {
        return "WordPieceTokenizer[" + source + ", maxLength=" + maxLength + "]";
    }
}
