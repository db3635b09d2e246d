package io.mll4j.training;

/**
 * Seeded image augmentation applied to training batches only.
 *
 * @param cropPadding    random crop after zero padding by this many pixels on each side ({@code 0}: off)
 * @param horizontalFlip mirror left-right with probability 1/2
 */
public record Augmentation(int cropPadding, boolean horizontalFlip) {
    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, false);

    public Augmentation {
        if (cropPadding < 0) {
            throw new IllegalArgumentException("cropPadding must be >= 0, got " + cropPadding);
        }
    }

    /** Whether this augmentation changes anything. */
    public boolean enabled() {
        return cropPadding > 0 || horizontalFlip;
    }
}
