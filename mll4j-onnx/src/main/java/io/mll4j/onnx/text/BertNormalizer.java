package io.mll4j.onnx.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code BertNormalizer} of HF tokenizers, with its character classes: clean text, pad CJK ideographs, strip
 * accents, lowercase, in that order. Character classes follow the Rust implementation (Unicode White_Space,
 * general categories), not {@link Character#isWhitespace}, so that ids match HF's tokenizer exactly.
 */
record BertNormalizer(boolean cleanText, boolean chineseChars, boolean stripAccents, boolean lowercase) {

    String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cleanText) {
                if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                    return;
                }
                if (isWhitespace(cp)) {
                    cp = ' ';
                }
            }
            if (chineseChars && isChinese(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String s = out.toString();
        if (stripAccents) {
            s = removeNonSpacingMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
        return lowercase ? lowercasePerCodePoint(s) : s;
    }

    private static String removeNonSpacingMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Rust lowercases char by char (no final-sigma context), but with full mappings such as U+0130. */
    private static String lowercasePerCodePoint(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else {
                out.append(Character.toString(cp).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** Unicode White_Space plus tab/newline/return (Rust {@code char::is_whitespace}). */
    static boolean isWhitespace(int cp) {
        return switch (cp) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Categories Cc, Cf, Cn, Co, Cs, except tab/newline/return which count as whitespace. */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** ASCII punctuation (which includes symbols such as $ + < = > ^ ` | ~) or a Unicode P* category. */
    static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK ideograph blocks BERT splits into single-character words. */
    static boolean isChinese(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
