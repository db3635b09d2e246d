package io.mll4j.wordnet;

import io.mll4j.graph.DatasetSynsets;
import io.mll4j.graph.GraphArtifact;
import io.mll4j.graph.GraphBuilder;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeImageScanner;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.progress.Progress;
import io.mll4j.util.Mll4jHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.mll4j.wordnet.WordNetFixture.WORDNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real graph from the installed data (`mll data setup`): ImageNet sample + dataset node splits. */
@Tag("data")
class RealGraphDataTest {
    private static Map<String, List<NodeImage>> leaves;
    private static SemanticGraph graph;

    @BeforeAll
    static void build() {
        Path data = Mll4jHome.data();
        assumeTrue(Files.isDirectory(data.resolve(NodeImageScanner.IMAGENET_SAMPLE)),
                "no ImageNet sample under " + data + ": run `mll data setup`");
        leaves = new NodeImageScanner(data, DatasetSynsets.bundled()).scan(Progress.NONE);
        long start = System.nanoTime();
        graph = SemanticGraph.builder().setLexicon(WORDNET).setLeafImages(leaves).build();
        System.out.printf("real graph: %s, %d leaves, %d distinct images, built in %d ms%n", graph,
                graph.leaves().size(), graph.allImages().size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void build_installedData_everyImagenetClassIsAnImageBearingNodeUnderEntity() {
        Set<String> imagenet = leaves.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(i -> i.origin().equals(NodeImage.IMAGENET_SAMPLE)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(imagenet).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(graph.ids()).containsAll(imagenet);
        assertThat(graph.roots()).containsExactly("n00001740");
        assertThat(leaves.keySet()).containsAll(graph.leaves()); // no leaf without images of its own
        assertThat(graph.size()).isGreaterThan(imagenet.size());
    }

    @Test
    void build_installedData_everyNodeHasBetweenOneAndCapImages() {
        for (String id : graph.ids()) {
            assertThat(graph.images(id)).as(id).isNotEmpty().hasSizeLessThanOrEqualTo(GraphBuilder.DEFAULT_CAP);
        }
        assertThat(graph.images("n00001740")).hasSize(GraphBuilder.DEFAULT_CAP);
    }

    @Test
    void build_installedData_datasetClassesAreNodesAndSharedSynsetsMergeBothSources() {
        DatasetSynsets table = DatasetSynsets.bundled();
        Path nodeSplit = Mll4jHome.data().resolve(NodeImageScanner.NODE_SPLIT);
        for (String dataset : table.datasets()) {
            table.classes(dataset).forEach((classId, entry) -> {
                if (Files.isDirectory(nodeSplit.resolve(dataset).resolve(classId))) {
                    String origin = NodeImage.nodeSplitOrigin(dataset, classId);
                    assertThat(graph.images(entry.synset())).as(origin).anyMatch(i -> i.origin().equals(origin));
                }
            });
        }
        String jersey = table.synset("fashion-mnist", "t-shirt-top");
        assertThat(leaves.get(jersey).stream().map(NodeImage::origin).distinct())
                .contains(NodeImage.IMAGENET_SAMPLE);
    }

    @Test
    void build_sameDataTwice_sameVersionAndArtifactRoundTrips() {
        SemanticGraph again = SemanticGraph.builder().setLexicon(WORDNET).setLeafImages(leaves).build();
        byte[] bytes = GraphArtifact.toBytes(again);

        long start = System.nanoTime();
        SemanticGraph loaded = GraphArtifact.read(new ByteArrayInputStream(bytes), "memory");
        System.out.printf("real graph artifact: %d bytes, read in %d ms (warm JVM)%n", bytes.length,
                (System.nanoTime() - start) / 1_000_000);

        assertThat(again.version()).isEqualTo(graph.version());
        assertThat(loaded.version()).isEqualTo(graph.version());
        assertThat(GraphArtifact.toBytes(loaded)).isEqualTo(bytes);
    }
}
