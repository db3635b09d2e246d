package io.mll4j.data;

/**
 * The disjoint uses of a data set's images. Models train only on {@link #TRAIN}; graph nodes take their
 * representative images from {@link #NODE}; benchmarks measure on {@link #TEST}; every hub model's general score
 * (the analogue of ImageNet accuracy) is measured on {@link #REFERENCE}. See {@link SplitPolicy}.
 */
public enum Split {
    TRAIN, NODE, TEST, REFERENCE;

    /** Lower-case name as used on the command line and in file names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code train}, {@code node}, {@code test} or {@code reference} (any case). */
    public static Split parse(String text) {
        for (Split s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown split '" + text + "': expected train, node, test or reference");
    }
}
