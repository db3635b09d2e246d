package io.mll4j.label.index;

/**
 * How often a {@link TopNIndex} answered from its entries and how often it needed its exact source.
 *
 * @param rows      rows asked about
 * @param fallbacks rows whose top-N held no candidate (or ended inside a tie) and were answered exactly
 */
public record IndexUsage(long rows, long fallbacks) {
    /** Fallbacks per row asked about (0 when nothing was asked). */
    public double fallbackRate() {
        return rows == 0 ? 0 : (double) fallbacks / rows;
    }

    public IndexUsage plus(IndexUsage other) {
        return new IndexUsage(rows + other.rows, fallbacks + other.fallbacks);
    }
}
