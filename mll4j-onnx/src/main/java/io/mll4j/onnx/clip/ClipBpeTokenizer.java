package io.mll4j.onnx.clip;

import io.mll4j.exception.DataException;
import io.mll4j.util.Mll4jHome;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * OpenAI CLIP's byte-level BPE tokenizer, a port of {@code clip/simple_tokenizer.py}: same byte→unicode table,
 * vocabulary (256 bytes, their {@code </w>} forms, the first 48,894 merges of {@code bpe_simple_vocab_16e6.txt},
 * then {@code <|startoftext|>} = 49406 and {@code <|endoftext|>} = 49407), pre-tokenising regex and merge loop.
 * Text cleaning is {@link ClipTextCleaner} (ftfy is approximated). {@link #tokenize} adds start/end tokens,
 * truncates keeping the end token last (as open_clip and {@code clip.tokenize(truncate=True)}) and pads with 0.
 * Thread-safe.
 */
public final class ClipBpeTokenizer implements TextTokenizer {
    public static final int START_OF_TEXT = 49406;
    public static final int END_OF_TEXT = 49407;
    public static final int DEFAULT_CONTEXT_LENGTH = 77;
    public static final String VOCAB_FILE = "bpe_simple_vocab_16e6.txt";
    private static final int MERGES = 49152 - 256 - 2;
    private static final String SOT_TEXT = "<|startoftext|>";
    private static final String EOT_TEXT = "<|endoftext|>";
    private static final Pattern PIECES = Pattern.compile("<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m"
            + "|'ll|'d|\\p{L}+|\\p{N}|[^" + ClipTextCleaner.PY_SPACE + "\\p{L}\\p{N}]+");
    private static final int CACHE_LIMIT = 100_000;

    private final Vocabulary vocab;
    private final int contextLength;

    /** Tables shared by tokenizers of different context lengths. */
    private record Vocabulary(char[] byteEncoder, Map<Character, Integer> byteDecoder, Map<String, Integer> encoder,
                              String[] decoder, Map<String, Integer> ranks, Map<String, String[]> cache) {
    }

    private ClipBpeTokenizer(Vocabulary vocab, int contextLength) {
        this.vocab = vocab;
        this.contextLength = contextLength;
    }

    /** {@code <mll4j home>/data/clip/bpe_simple_vocab_16e6.txt}, installed by {@code mll data setup}. */
    public static Path defaultVocabPath() {
        return Mll4jHome.data().resolve("clip").resolve(VOCAB_FILE);
    }

    /** Loads the vocabulary from {@link #defaultVocabPath()}, context length 77. */
    public static ClipBpeTokenizer load() {
        return load(defaultVocabPath());
    }

    /**
     * @param vocabFile {@code bpe_simple_vocab_16e6.txt}, or its {@code .gz} as shipped with CLIP
     * @throws DataException if the file is missing or holds fewer merges than CLIP uses
     */
    public static ClipBpeTokenizer load(Path vocabFile) {
        if (!Files.isRegularFile(vocabFile)) {
            throw new DataException("CLIP BPE vocabulary not found at " + vocabFile + " (run `mll data setup`)");
        }
        List<String> merges = new ArrayList<>(MERGES);
        try (InputStream raw = Files.newInputStream(vocabFile);
             InputStream in = vocabFile.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // "#version: 0.2" header
            String line;
            while (merges.size() < MERGES && (line = reader.readLine()) != null) {
                merges.add(line);
            }
        } catch (IOException e) {
            throw new DataException("cannot read CLIP BPE vocabulary " + vocabFile + ": " + e.getMessage(), e);
        }
        if (merges.size() < MERGES) {
            throw new DataException("CLIP BPE vocabulary " + vocabFile + " has " + merges.size()
                    + " merges, expected at least " + MERGES);
        }
        return new ClipBpeTokenizer(buildVocabulary(merges, vocabFile), DEFAULT_CONTEXT_LENGTH);
    }

    private static Vocabulary buildVocabulary(List<String> merges, Path file) {
        char[] byteEncoder = bytesToUnicode();
        List<String> tokens = new ArrayList<>(49408);
        List<Integer> order = byteOrder();
        for (int b : order) {
            tokens.add(String.valueOf(byteEncoder[b]));
        }
        for (int b : order) {
            tokens.add(byteEncoder[b] + "</w>");
        }
        Map<String, Integer> ranks = new HashMap<>(MERGES * 2);
        for (String merge : merges) {
            String[] pair = merge.split(" ");
            if (pair.length != 2) {
                throw new DataException("CLIP BPE vocabulary " + file + ": bad merge line '" + merge + "'");
            }
            ranks.put(merge, ranks.size());
            tokens.add(pair[0] + pair[1]);
        }
        tokens.add(SOT_TEXT);
        tokens.add(EOT_TEXT);
        Map<String, Integer> encoder = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            encoder.put(tokens.get(i), i);
        }
        Map<Character, Integer> byteDecoder = new HashMap<>();
        for (int b = 0; b < 256; b++) {
            byteDecoder.put(byteEncoder[b], b);
        }
        Map<String, String[]> cache = new ConcurrentHashMap<>();
        cache.put(SOT_TEXT, new String[]{SOT_TEXT});
        cache.put(EOT_TEXT, new String[]{EOT_TEXT});
        return new Vocabulary(byteEncoder, byteDecoder, encoder, tokens.toArray(String[]::new), ranks, cache);
    }

    /** Printable bytes map to themselves, the others to U+0100 onwards, in byte order. */
    private static char[] bytesToUnicode() {
        char[] table = new char[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            table[b] = printable(b) ? (char) b : (char) (256 + n++);
        }
        return table;
    }

    /** Byte order of CLIP's vocabulary: the printable ranges first, then the rest ascending. */
    private static List<Integer> byteOrder() {
        List<Integer> order = new ArrayList<>(256);
        for (int b = 0; b < 256; b++) {
            if (printable(b)) {
                order.add(b);
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!printable(b)) {
                order.add(b);
            }
        }
        return order;
    }

    private static boolean printable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    /** The same vocabulary with another context length (e.g. 64 for some open_clip text towers). */
    public ClipBpeTokenizer withContextLength(int length) {
        if (length < 2) {
            throw new IllegalArgumentException("context length must be >= 2, got " + length);
        }
        return new ClipBpeTokenizer(vocab, length);
    }

    public int contextLength() {
        return contextLength;
    }

    /** BPE ids of the cleaned text, without start/end tokens ({@code SimpleTokenizer.encode}). */
    public int[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        Matcher m = PIECES.matcher(ClipTextCleaner.clean(text));
        StringBuilder piece = new StringBuilder();
        while (m.find()) {
            piece.setLength(0);
            for (byte b : m.group().getBytes(StandardCharsets.UTF_8)) {
                piece.append(vocab.byteEncoder()[b & 0xFF]);
            }
            for (String token : bpe(piece.toString())) {
                ids.add(vocab.encoder().get(token));
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code [SOT] + encode(text) + [EOT]}, truncated to the context length with EOT kept last, 0-padded. */
    @Override
    public long[] tokenize(String text) {
        int[] ids = encode(text);
        long[] out = new long[contextLength];
        out[0] = START_OF_TEXT;
        int n = Math.min(ids.length, contextLength - 2);
        for (int i = 0; i < n; i++) {
            out[i + 1] = ids[i];
        }
        out[n + 1] = END_OF_TEXT;
        return out;
    }

    /** Text of token ids ({@code SimpleTokenizer.decode}); {@code </w>} becomes a space. */
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            String token = vocab.decoder()[id];
            if (id >= START_OF_TEXT) {
                bytes.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            boolean endOfWord = token.endsWith("</w>");
            String body = endOfWord ? token.substring(0, token.length() - 4) : token;
            for (int i = 0; i < body.length(); i++) {
                bytes.write(vocab.byteDecoder().get(body.charAt(i)));
            }
            if (endOfWord) {
                bytes.write(' ');
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Merges a byte-encoded piece by merge rank, exactly like {@code SimpleTokenizer.bpe}. */
    private String[] bpe(String piece) {
        String[] cached = vocab.cache().get(piece);
        if (cached != null) {
            return cached;
        }
        List<String> word = new ArrayList<>(piece.length());
        for (int i = 0; i < piece.length() - 1; i++) {
            word.add(String.valueOf(piece.charAt(i)));
        }
        word.add(piece.charAt(piece.length() - 1) + "</w>");
        while (word.size() > 1) {
            int best = Integer.MAX_VALUE;
            int at = -1;
            for (int i = 0; i + 1 < word.size(); i++) {
                Integer rank = vocab.ranks().get(word.get(i) + " " + word.get(i + 1));
                if (rank != null && rank < best) {
                    best = rank;
                    at = i;
                }
            }
            if (at < 0) {
                break;
            }
            word = mergeAll(word, word.get(at), word.get(at + 1));
        }
        String[] result = word.toArray(String[]::new);
        if (vocab.cache().size() < CACHE_LIMIT) {
            vocab.cache().put(piece, result);
        }
        return result;
    }

    /** Replaces every adjacent (first, second), scanning left to right. */
    private static List<String> mergeAll(List<String> word, String first, String second) {
        List<String> merged = new ArrayList<>(word.size());
        int i = 0;
        while (i < word.size()) {
            if (i + 1 < word.size() && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                merged.add(first + second);
                i += 2;
            } else {
                merged.add(word.get(i));
                i++;
            }
        }
        return merged;
    }

    @Override
    public String toString() {
        return "ClipBpeTokenizer[contextLength=" + contextLength + "]";
    }

    /** Vocabulary size (49,408). */
    public int vocabularySize() {
        return vocab.decoder().length;
    }

    /** Token string of an id, e.g. {@code "cat</w>"}. */
    public String token(int id) {
        return vocab.decoder()[id];
    }

    /** Id of a token string, or -1. */
    public int id(String token) {
        return vocab.encoder().getOrDefault(token, -1);
    }
}
