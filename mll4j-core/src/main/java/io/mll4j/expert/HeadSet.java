package io.mll4j.expert;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A scored set of heads, and the one order CHCO uses to compare sets: higher estimated accuracy first; on a tie
 * (within 1e-12) more task classes covered (a class a head covers is not left to the patch or reported uncovered when
 * that costs no estimated accuracy), then fewer heads, then lower total cost, then the set that comes first in hub
 * order (lexicographic on sorted indices). A set no better than another should not cost more, so size and cost come
 * before hub order.
 *
 * @param heads    head indices, ascending
 * @param accuracy estimated accuracy
 * @param cost     total ms/image (unmeasured heads count as infinitely expensive here)
 * @param covered  task classes covered by some head of the set
 */
record HeadSet(int[] heads, double accuracy, double cost, BitSet covered) {
    static final double TIE = 1e-12;

    /** The empty set with its estimate. */
    static HeadSet empty(double accuracy) {
        return new HeadSet(new int[0], accuracy, 0, new BitSet());
    }

    /** Whether this set is no worse in accuracy and covers more classes: worth a step though it gains nothing. */
    boolean coversMoreAtEqualAccuracy(HeadSet other) {
        return Math.abs(accuracy - other.accuracy) <= TIE && covered.cardinality() > other.covered.cardinality();
    }

    /** Negative when {@code this} is the better set. */
    int compareTo(HeadSet other) {
        if (Math.abs(accuracy - other.accuracy) > TIE) {
            return accuracy > other.accuracy ? -1 : 1;
        }
        if (covered.cardinality() != other.covered.cardinality()) {
            return Integer.compare(other.covered.cardinality(), covered.cardinality());
        }
        if (heads.length != other.heads.length) {
            return Integer.compare(heads.length, other.heads.length);
        }
        int byCost = Double.compare(cost, other.cost);
        return byCost != 0 ? byCost : Arrays.compare(heads, other.heads);
    }

    boolean isBetterThan(HeadSet other) {
        return other == null || compareTo(other) < 0;
    }

    /**
     * This set plus some heads.
     *
     * @param costs       ms/image per head index
     * @param coverage    classes covered per head index
     * @param newAccuracy the estimate of the larger set
     * @param added       the heads added
     */
    HeadSet plus(double[] costs, BitSet[] coverage, double newAccuracy, int... added) {
        int[] all = Arrays.copyOf(heads, heads.length + added.length);
        double total = cost;
        BitSet union = (BitSet) covered.clone();
        for (int i = 0; i < added.length; i++) {
            all[heads.length + i] = added[i];
            total += costs[added[i]];
            union.or(coverage[added[i]]);
        }
        Arrays.sort(all);
        return new HeadSet(all, newAccuracy, total, union);
    }
}
