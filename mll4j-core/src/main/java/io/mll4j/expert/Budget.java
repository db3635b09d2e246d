package io.mll4j.expert;

/**
 * What a head combination may cost: at most {@code maxModels} heads, and (if set) at most {@code maxMsPerImage}
 * milliseconds per image summed over the heads' measured cost profiles.
 *
 * @param maxModels     most heads in the combination (≥ 1)
 * @param maxMsPerImage most total ms/image, or {@code null} for no cost limit
 */
public record Budget(int maxModels, Double maxMsPerImage) {

    public Budget {
        if (maxModels < 1) {
            throw new IllegalArgumentException("maxModels must be >= 1, got " + maxModels);
        }
        if (maxMsPerImage != null && !(maxMsPerImage >= 0)) {
            throw new IllegalArgumentException("maxMsPerImage must be >= 0, got " + maxMsPerImage);
        }
    }

    /** At most {@code n} heads. */
    public static Budget models(int n) {
        return new Budget(n, null);
    }

    /** At most {@code ms} milliseconds per image in total, any number of heads. */
    public static Budget msPerImage(double ms) {
        return new Budget(Integer.MAX_VALUE, ms);
    }

    /** Whether the cost is limited (then heads without a measured cost cannot be placed). */
    public boolean limitsCost() {
        return maxMsPerImage != null;
    }

    /** Whether {@code count} heads costing {@code ms} in total fit. */
    public boolean allows(int count, double ms) {
        return count <= maxModels && (maxMsPerImage == null || ms <= maxMsPerImage + 1e-9);
    }
}
