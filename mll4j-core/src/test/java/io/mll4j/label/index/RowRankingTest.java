package io.mll4j.label.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowRankingTest {
    @Test
    void rank_rowWithTies_ordersByScoreThenNodeAndFlagsTies() {
        double[] scores = {1, 5, 3, 5, 3, 0};
        int[] nodes = new int[3];
        boolean[] tied = new boolean[3];
        RowRanking.rank(scores, nodes, tied);
        assertThat(nodes).containsExactly(1, 3, 2);
        // 5 = 5, 5 > 3, and rank 2 (node 2, score 3) ties with the first node left out (node 4, score 3)
        assertThat(tied).containsExactly(true, false, true);
    }

    @Test
    void rank_wholeRow_lastEntryHasNothingToTieWith() {
        double[] scores = {2, 2};
        int[] nodes = new int[2];
        boolean[] tied = new boolean[2];
        RowRanking.rank(scores, nodes, tied);
        assertThat(nodes).containsExactly(0, 1);
        assertThat(tied).containsExactly(true, false);
    }

    @Test
    void rank_negativeZeroAndZero_areEqual() {
        int[] nodes = new int[1];
        boolean[] tied = new boolean[1];
        RowRanking.rank(new double[]{-0.0, 0.0}, nodes, tied);
        assertThat(nodes).containsExactly(0);
        assertThat(tied).containsExactly(true);
    }

    @Test
    void rank_nan_isRejected() {
        assertThatThrownBy(() -> RowRanking.rank(new double[]{1, Double.NaN}, new int[1], new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1");
    }
}
