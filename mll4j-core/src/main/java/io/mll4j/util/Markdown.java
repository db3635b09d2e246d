package io.mll4j.util;

import java.util.Locale;

/** The small pieces every Markdown report writer shares: escaped cells, bold key lines, kebab-case enums. */
public final class Markdown {
    private Markdown() {
    }

    /** Text safe inside a table cell: pipes escaped, line breaks flattened. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Appends {@code - **key**: value}. */
    public static void line(StringBuilder md, String key, String value) {
        md.append("- **").append(key).append("**: ").append(value).append('\n');
    }

    /** An enum constant as written in reports and options ({@code LOG_LINEAR} → {@code log-linear}). */
    public static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@link String#format} with the root locale (reports do not depend on the machine's locale). */
    public static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
