package io.mll4j.server;

import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.SemanticGraph;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The columns of the coverage map, on a small DAG worked through by hand. */
class GraphRegionsTest {
    private static final String ROOT = "n00000001";
    private static final String A = "n00000002";
    private static final String B = "n00000003";
    private static final String C = "n00000004";
    /** A leaf under both A and B. */
    private static final String AB = "n00000199";

    /**
     * thing → A, B, C; each of A, B, C → six leaves; one more leaf under both A and B: 23 nodes.
     */
    private static SemanticGraph graph() {
        InMemoryLexicon.Builder lexicon = InMemoryLexicon.builder().add(ROOT, "thing", "a thing")
                .add(A, "alpha", "group a", ROOT).add(B, "beta", "group b", ROOT).add(C, "gamma", "group c", ROOT)
                .add(AB, "both", "in a and b", A, B);
        Map<String, List<NodeImage>> leaves = new LinkedHashMap<>();
        leaves.put(AB, List.of());
        String[] groups = {A, B, C};
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 6; i++) {
                String id = String.format("n%08d", 100 + 10 * g + i);
                lexicon.add(id, "leaf" + g + i, "a leaf", groups[g]);
                leaves.put(id, List.of());
            }
        }
        return SemanticGraph.builder().setLexicon(lexicon.build()).setLeafImages(leaves).build();
    }

    @Test
    void of_fourRegions_eachGroupPeeledOffTheRootInTurn() {
        SemanticGraph graph = graph();
        assertThat(graph.size()).isEqualTo(23);

        GraphRegions regions = GraphRegions.of(graph, 4);

        // the root's most even subtrees: A (8 with "both", min(8, 15)) before B (8 too, but later), then B (7 of the
        // 15 left: min(7, 8)), then C (7 of 8: min(7, 1), larger than any leaf); the root keeps only itself
        assertThat(regions.regions()).extracting(GraphRegions.Region::id).containsExactly(ROOT, A, B, C);
        assertThat(regions.regions()).extracting(r -> r.nodes().length).containsExactly(1, 8, 7, 7);
        assertThat(regions.regions()).extracting(GraphRegions.Region::rest).containsExactly(true, false, false,
                false);
        assertThat(regions.regions().get(1).name()).isEqualTo("alpha");
        assertThat(Arrays.stream(regions.regions().get(1).nodes()).mapToObj(graph.ids()::get)).contains(AB);
        assertPartition(graph, regions);
    }

    @Test
    void of_sixteenRegions_fillsTheBudgetAndKeepsAPartition() {
        SemanticGraph graph = graph();

        GraphRegions regions = GraphRegions.of(graph, 16);

        assertThat(regions.regions()).hasSize(16);
        assertThat(regions.regions().getFirst().id()).isEqualTo(ROOT);
        // after the three groups, the largest group gives up one leaf at a time (a leaf is its most even split)
        assertThat(regions.regions()).filteredOn(r -> r.nodes().length > 1).extracting(GraphRegions.Region::id)
                .containsExactly(A, B, C);
        assertPartition(graph, regions);
    }

    @Test
    void of_atMostMaxNodes_oneRegionPerNode() {
        SemanticGraph graph = graph();

        GraphRegions regions = GraphRegions.of(graph, 23);

        assertThat(regions.regions()).hasSize(23).allSatisfy(r -> assertThat(r.nodes()).hasSize(1));
        assertThat(regions.regions()).noneMatch(GraphRegions.Region::rest);
        assertPartition(graph, regions);
    }

    @Test
    void of_budgetOfOne_theWholeGraphIsOneRegion() {
        SemanticGraph graph = graph();

        GraphRegions regions = GraphRegions.of(graph, 1);

        assertThat(regions.regions()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(ROOT);
            assertThat(r.nodes()).hasSize(23);
        });
        assertPartition(graph, regions);
    }

    /** Every node is in exactly one region. */
    private static void assertPartition(SemanticGraph graph, GraphRegions regions) {
        int[] seen = new int[graph.size()];
        regions.regions().forEach(r -> Arrays.stream(r.nodes()).forEach(u -> seen[u]++));
        assertThat(IntStream.of(seen).boxed().toList()).allSatisfy(n -> assertThat(n).isEqualTo(1));
    }
}
