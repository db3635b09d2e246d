package io.mll4j.hub;

import java.util.Comparator;
import java.util.List;

/** Suggests the ids closest to a mistyped one (edit distance, then prefix/substring matches first). */
final class NearestIds {
    private static final int MAX_SUGGESTIONS = 3;

    private NearestIds() {
    }

    static List<String> of(String wanted, List<String> ids) {
        String w = wanted == null ? "" : wanted.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(2, w.length() / 2);
        return ids.stream()
                .filter(id -> id.contains(w) || w.contains(id) || distance(w, id) <= limit)
                .sorted(Comparator.comparingInt((String id) -> distance(w, id)).thenComparing(id -> id))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
