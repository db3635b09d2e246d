package io.mll4j.onnx.clip;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLIP's text cleaning before BPE: {@code whitespace_clean(basic_clean(text)).lower()} of OpenAI's
 * {@code simple_tokenizer.py}. {@code ftfy.fix_text} is not available in Java; its default steps that matter for
 * ordinary text are reproduced (C1 controls read as Windows-1252, Latin ligatures and full-width forms folded,
 * curly quotes straightened, control characters removed, NFC, HTML
 * entities unescaped when the text has no {@code <}), but mojibake repair is not. {@code html.unescape}
 * handles numeric references and the common named entities only.
 */
final class ClipTextCleaner {
    /** Python's {@code str.isspace()} characters, which {@code re}'s {@code \s} matches on str. */
    static final String PY_SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029"
            + "\\u202F\\u205F\\u3000";
    private static final Pattern SPACES = Pattern.compile("[" + PY_SPACE + "]+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\u206A-\\u206F\\uFEFF\\uFFF9-\\uFFFC]");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String LIGATURES = "ĲĳŉǄǅǆǇǈǉǊǋǌǱǲǳﬀﬁﬂﬃﬄﬅﬆ";
    /** Named entities kept: the ones class names and captions realistically contain. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("deg", "°"), Map.entry("times", "×"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"));
    /** Entities Python also accepts without the closing semicolon (HTML5 legacy names). */
    private static final java.util.Set<String> LEGACY = java.util.Set.of("amp", "lt", "gt", "quot", "nbsp", "copy",
            "reg", "laquo", "raquo", "deg", "times", "eacute", "egrave", "agrave", "ccedil", "uuml", "ouml", "auml",
            "szlig");

    private ClipTextCleaner() {
    }

    /** The cleaned, lower-cased text the BPE regex runs on. */
    static String clean(String text) {
        String t = fixText(text);
        t = unescapeHtml(unescapeHtml(t));
        t = SPACES.matcher(t).replaceAll(" ");
        return strip(t).toLowerCase(Locale.ROOT);
    }

    /** The subset of {@code ftfy.fix_text} described in the class comment, in ftfy's order. */
    static String fixText(String text) {
        if (text.indexOf('<') < 0) {
            text = unescapeHtml(text); // ftfy's unescape_html="auto": only when the text does not look like HTML
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String decoded = new String(new byte[]{(byte) c}, CP1252);
                out.append(decoded.charAt(0) == '\uFFFD' ? String.valueOf(c) : decoded);
            } else if (LIGATURES.indexOf(c) >= 0) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\u3000') {
                out.append(' ');
            } else if (c >= 0xFF01 && c < 0xFFF0) {
                String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                out.append(folded.length() == 1 ? folded : String.valueOf(c));
            } else if (c == '\u02BC' || (c >= '\u2018' && c <= '\u201B')) {
                out.append('\'');
            } else if (c >= '\u201C' && c <= '\u201F') {
                out.append('"');
            } else {
                out.append(c);
            }
        }
        String t = CONTROL.matcher(out).replaceAll("");
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    /** Python's {@code html.unescape}, limited to numeric references and {@link #ENTITIES}. */
    static String unescapeHtml(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replaceEntity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceEntity(String s) {
        if (s.charAt(0) == '#') {
            String digits = s.endsWith(";") ? s.substring(1, s.length() - 1) : s.substring(1);
            long cp;
            try {
                cp = digits.startsWith("x") || digits.startsWith("X") ? Long.parseLong(digits.substring(1), 16)
                        : Long.parseLong(digits);
            } catch (NumberFormatException e) {
                cp = Long.MAX_VALUE; // too many digits: Python gives U+FFFD too
            }
            if (cp >= 0x80 && cp <= 0x9F) {
                String decoded = new String(new byte[]{(byte) cp}, CP1252);
                return decoded.charAt(0) == '\uFFFD' ? new String(Character.toChars((int) cp)) : decoded;
            }
            if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return "\uFFFD";
            }
            return new String(Character.toChars((int) cp));
        }
        boolean semicolon = s.endsWith(";");
        String name = semicolon ? s.substring(0, s.length() - 1) : s;
        if (semicolon && ENTITIES.containsKey(name)) {
            return ENTITIES.get(name);
        }
        // Without ';' Python takes the longest legacy entity that prefixes the name ("&ampx" -> "&x").
        for (int len = Math.min(name.length(), 6); len > 1; len--) {
            String prefix = name.substring(0, len);
            if (LEGACY.contains(prefix)) {
                return ENTITIES.get(prefix) + s.substring(len);
            }
        }
        return "&" + s;
    }

    /** Python's {@code str.strip()}: removes {@link #PY_SPACE} characters at both ends. */
    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPySpace(char c) {
        return SPACES.matcher(String.valueOf(c)).matches();
    }
}
