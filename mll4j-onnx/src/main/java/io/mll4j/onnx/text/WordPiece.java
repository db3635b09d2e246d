package io.mll4j.onnx.text;

import java.util.Arrays;
import java.util.Map;

/**
 * The WordPiece model of HF tokenizers: greedy longest-match-first over a vocabulary, continuation pieces carry a
 * prefix ({@code ##}); a word with an unmatched piece, or longer than {@code maxCharsPerWord}, becomes the unknown
 * token as a whole.
 */
final class WordPiece {
    private final Map<String, Integer> vocab;
    private final int unkId;
    private final String prefix;
    private final int maxCharsPerWord;

    WordPiece(Map<String, Integer> vocab, int unkId, String prefix, int maxCharsPerWord) {
        this.vocab = Map.copyOf(vocab);
        this.unkId = unkId;
        this.prefix = prefix;
        this.maxCharsPerWord = maxCharsPerWord;
    }

    Integer id(String token) {
        return vocab.get(token);
    }

    /** Appends the ids of one pre-tokenized word to {@code out}. */
    void tokenize(String word, IdSink out) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > maxCharsPerWord) {
            out.add(unkId);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < cps.length) {
            Integer found = null;
            int end = cps.length;
            for (; end > start; end--) {
                String piece = new String(cps, start, end - start);
                found = vocab.get(start > 0 ? prefix + piece : piece);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                out.truncate(mark);
                out.add(unkId);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    /** A growable int list, so that encoding a text does not box every id. */
    static final class IdSink {
        private int[] ids = new int[64];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return ids[i];
        }

        void truncate(int newSize) {
            size = newSize;
        }
    }
}
