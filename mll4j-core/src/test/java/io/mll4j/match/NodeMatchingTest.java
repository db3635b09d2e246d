package io.mll4j.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NodeMatchingTest {
    // nodes: 0 = (1,0), 1 = (0,1), 2 = (.6,.8)
    private static final float[][] NODES = {{1, 0}, {0, 1}, {0.6f, 0.8f}};

    @Test
    void topN_keepsBestNodesPerClassWithScaledCosine() {
        NodeMatching m = NodeMatching.topN(new float[][]{{1, 0}, {0, 1}}, NODES, 2);
        assertThat(m.nodes()[0]).containsExactly(0, 2);
        assertThat(m.similarities()[0]).containsExactly(new double[]{100, 60}, within(1e-4));
        assertThat(m.nodes()[1]).containsExactly(1, 2);
        assertThat(m.selectedNodes()).containsExactly(0, 2, 1);
        // Z over V_sel = (0, 2, 1)
        assertThat(m.z()[0]).containsExactly(new double[]{100, 60, 0}, within(1e-4));
        assertThat(m.z()[1]).containsExactly(new double[]{0, 80, 100}, within(1e-4));
    }

    @Test
    void topN_nLargerThanGraph_keepsAllNodes() {
        assertThat(NodeMatching.topN(new float[][]{{1, 0}}, NODES, 10).nodes()[0]).hasSize(3);
    }

    @Test
    void topN_dimensionMismatch_namesBothDimensions() {
        assertThatThrownBy(() -> NodeMatching.topN(new float[][]{{1, 0, 0}}, NODES, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 vs 2");
    }
}
