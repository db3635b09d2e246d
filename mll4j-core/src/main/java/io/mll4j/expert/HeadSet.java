package io.mll4j.expert;

import java.util.Arrays;

/**
 * A scored set of heads, and the one order CHCO uses to compare sets: higher estimated accuracy first; on a tie
 * (within 1e-12) fewer heads, then lower total cost, then the set that comes first in hub order (lexicographic on
 * sorted indices). A set no better than another should not cost more, so size and cost come before hub order.
 *
 * @param heads    head indices, ascending
 * @param accuracy estimated accuracy
 * @param cost     total ms/image (unmeasured heads count as infinitely expensive here)
 */
record HeadSet(int[] heads, double accuracy, double cost) {
    static final double TIE = 1e-12;

    /** Negative when {@code this} is the better set. */
    int compareTo(HeadSet other) {
        if (Math.abs(accuracy - other.accuracy) > TIE) {
            return accuracy > other.accuracy ? -1 : 1;
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

    HeadSet plus(double[] costs, double newAccuracy, int... added) {
        int[] all = Arrays.copyOf(heads, heads.length + added.length);
        double total = cost;
        for (int i = 0; i < added.length; i++) {
            all[heads.length + i] = added[i];
            total += costs[added[i]];
        }
        Arrays.sort(all);
        return new HeadSet(all, newAccuracy, total);
    }
}
