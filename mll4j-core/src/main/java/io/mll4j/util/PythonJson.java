package io.mll4j.util;

import java.util.List;
import java.util.Map;

/**
 * JSON exactly as Python's {@code json.dump(obj, f)} writes it with default arguments: separators {@code ", "} and
 * {@code ": "}, no indentation, no trailing newline, {@code ensure_ascii=True} (every character outside printable
 * ASCII as {@code \\uXXXX} in lowercase hex, UTF-16 surrogates escaped one by one), and Python's short escapes.
 * Used to write files the official MLL code writes ({@code selected_{α}_{k}.json}) byte for byte.
 */
public final class PythonJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {
    }

    /** {@code {"key": ["a", "b"], ...}} in the map's iteration order. */
    public static String dumps(Map<String, List<String>> value) {
        StringBuilder out = new StringBuilder();
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, List<String>> e : value.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(out, e.getKey());
            out.append(": [");
            for (int i = 0; i < e.getValue().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                string(out, e.getValue().get(i));
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    /** A JSON string literal as {@code json.dumps(s)} writes it. */
    public static String string(String s) {
        return string(new StringBuilder(), s).toString();
    }

    private static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= 0x20 && c <= 0x7E) {
                        out.append(c);
                    } else {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                                .append(HEX[c & 15]);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * A double as Python's {@code repr}/{@code str} writes it: shortest round-trip digits, positional from 1e-4
     * and 1e16 ({@code 0.7}, {@code 1.0}), else {@code 1e-05} style; {@code inf}, {@code -inf}, {@code nan}.
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale(); // x = d.ddd × 10^exponent
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
