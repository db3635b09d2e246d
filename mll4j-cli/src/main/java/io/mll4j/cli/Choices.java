package io.mll4j.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum-valued options written in kebab case ({@code name-which-is-gloss}, {@code f1-as-coded}). */
final class Choices {
    private Choices() {
    }

    /** The constant named by {@code value} (case, '-' and '_' ignored); a bad value names the option and the choices. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        String key = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + ": '" + value + "' is not one of " + list(type));
    }

    /** The choices of an enum in kebab case, comma-separated. */
    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choices::kebab).collect(Collectors.joining(", "));
    }

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
