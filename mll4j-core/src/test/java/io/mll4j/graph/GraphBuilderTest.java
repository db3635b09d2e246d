package io.mll4j.graph;

import io.mll4j.exception.GraphException;
import io.mll4j.exception.UnknownSynsetException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.mll4j.graph.TinyGraphs.ABSTRACTION;
import static io.mll4j.graph.TinyGraphs.ANIMAL;
import static io.mll4j.graph.TinyGraphs.ARTIFACT;
import static io.mll4j.graph.TinyGraphs.CAT;
import static io.mll4j.graph.TinyGraphs.DOG;
import static io.mll4j.graph.TinyGraphs.ENTITY;
import static io.mll4j.graph.TinyGraphs.TOY;
import static io.mll4j.graph.TinyGraphs.TOY_DOG;
import static io.mll4j.graph.TinyGraphs.images;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphBuilderTest {

    private static SemanticGraph build(Map<String, List<NodeImage>> leaves, int cap, long seed) {
        return SemanticGraph.builder().setLexicon(TinyGraphs.lexicon()).setLeafImages(leaves)
                .optCap(cap).optSeed(seed).build();
    }

    private static Map<String, List<NodeImage>> catAndToyDog() {
        return Map.of(CAT, images("cat", 2), TOY_DOG, images("toydog", 1));
    }

    @Test
    void build_imageLeaves_addsAllAncestorsAndNothingElse() {
        SemanticGraph graph = build(catAndToyDog(), 75, 0);

        assertThat(graph.ids()).containsExactly(ENTITY, ANIMAL, ARTIFACT, DOG, CAT, TOY, TOY_DOG);
        assertThat(graph.contains(ABSTRACTION)).isFalse();
        assertThat(graph.roots()).containsExactly(ENTITY);
        assertThat(graph.leaves()).containsExactly(CAT, TOY_DOG);
        assertThat(graph.edgeCount()).isEqualTo(7);
    }

    @Test
    void build_synsetWithTwoHypernyms_keepsBothParentsAndBothPaths() {
        SemanticGraph graph = build(catAndToyDog(), 75, 0);

        assertThat(graph.parents(TOY_DOG)).containsExactly(DOG, TOY);
        assertThat(graph.hypernymPaths(TOY_DOG)).containsExactlyInAnyOrder(
                List.of(ENTITY, ANIMAL, DOG, TOY_DOG), List.of(ENTITY, ARTIFACT, TOY, TOY_DOG));
        assertThat(graph.ancestors(TOY_DOG)).containsExactly(DOG, TOY, ANIMAL, ARTIFACT, ENTITY);
        assertThat(graph.descendants(ANIMAL)).containsExactly(DOG, CAT, TOY_DOG);
        assertThat(graph.children(DOG)).containsExactly(TOY_DOG);
    }

    @Test
    void build_hypernyms_poolImagesOfAllDescendantsOnce() {
        SemanticGraph graph = build(catAndToyDog(), 75, 0);

        assertThat(graph.images(CAT)).hasSize(2);
        assertThat(graph.images(DOG)).isEqualTo(graph.images(TOY_DOG));
        assertThat(graph.images(ANIMAL)).hasSize(3);
        assertThat(graph.images(ENTITY)).containsExactlyElementsOf(graph.allImages());
        assertThat(graph.allImages()).hasSize(3);
    }

    @Test
    void build_poolLargerThanCap_keepsCapImagesDrawnFromTheNodeOrItsDescendants() {
        SemanticGraph graph = build(Map.of(CAT, images("cat", 40), TOY_DOG, images("toydog", 40)), 5, 0);

        for (String id : graph.ids()) {
            assertThat(graph.images(id)).as(id).hasSize(5);
        }
        assertThat(graph.images(TOY)).allMatch(i -> i.path().contains("toydog"));
    }

    @Test
    void build_balancedSampling_showsEveryDescendantBeforeRepeatingOne() {
        SemanticGraph graph = build(Map.of(CAT, images("cat", 40), TOY_DOG, images("toydog", 1)), 4, 0);

        Set<String> sources = graph.images(ANIMAL).stream().map(i -> i.path().split("-")[0])
                .collect(Collectors.toSet());
        assertThat(sources).containsExactlyInAnyOrder("test/cat", "test/toydog");
    }

    @Test
    void build_nodeWithOwnAndDescendantImages_keepsAtLeastHalfTheCapOwn() {
        SemanticGraph graph = build(Map.of(DOG, images("dog", 10), TOY_DOG, images("toydog", 200)), 10, 0);

        assertThat(graph.images(DOG).stream().filter(i -> i.path().startsWith("test/dog-"))).hasSize(5);
    }

    @Test
    void build_uniformSampling_drawsFromThePool() {
        SemanticGraph graph = SemanticGraph.builder().setLexicon(TinyGraphs.lexicon())
                .setLeafImages(Map.of(CAT, images("cat", 40), TOY_DOG, images("toydog", 40)))
                .optCap(20).optSampling(Sampling.UNIFORM).build();

        assertThat(graph.images(ENTITY)).hasSize(20);
        assertThat(graph.provenance().sampling()).isEqualTo(Sampling.UNIFORM);
    }

    @Test
    void build_sameInputsAndSeed_identicalArtifactBytes() {
        Map<String, List<NodeImage>> leaves = Map.of(CAT, images("cat", 30), TOY_DOG, images("toydog", 30));

        SemanticGraph first = build(leaves, 7, 42);
        SemanticGraph second = build(Map.of(TOY_DOG, images("toydog", 30).reversed(), CAT, images("cat", 30)), 7, 42);

        assertThat(second.version()).isEqualTo(first.version());
        assertThat(GraphArtifact.toBytes(second)).isEqualTo(GraphArtifact.toBytes(first));
    }

    @Test
    void build_otherSeed_otherSampleAndVersion() {
        Map<String, List<NodeImage>> leaves = Map.of(CAT, images("cat", 30), TOY_DOG, images("toydog", 30));

        SemanticGraph seed0 = build(leaves, 7, 0);
        SemanticGraph seed1 = build(leaves, 7, 1);

        assertThat(seed1.images(ENTITY)).isNotEqualTo(seed0.images(ENTITY));
        assertThat(seed1.version()).isNotEqualTo(seed0.version());
    }

    @Test
    void build_unknownLeaf_throwsNamingTheId() {
        assertThatThrownBy(() -> build(Map.of("n99999999", images("x", 1)), 75, 0))
                .isInstanceOf(UnknownSynsetException.class)
                .hasMessageContaining("n99999999").hasMessageContaining("test/x-0.jpg");
    }

    @Test
    void build_cyclicLexicon_throwsGraphException() {
        InMemoryLexicon cyclic = InMemoryLexicon.builder()
                .add("n00000001", "a", "first", "n00000002")
                .add("n00000002", "b", "second", "n00000001")
                .build();

        assertThatThrownBy(() -> SemanticGraph.builder().setLexicon(cyclic)
                .setLeafImages(Map.of("n00000001", images("a", 1))).build())
                .isInstanceOf(GraphException.class).hasMessageContaining("cycle");
    }

    @Test
    void build_noLexicon_namesTheMissingSetter() {
        assertThatThrownBy(() -> SemanticGraph.builder().setLeafImages(catAndToyDog()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setLexicon");
    }

    @Test
    void node_idNotInGraph_throwsUnknownSynsetNamingIt() {
        SemanticGraph graph = build(catAndToyDog(), 75, 0);

        assertThatThrownBy(() -> graph.node(ABSTRACTION))
                .isInstanceOf(UnknownSynsetException.class).hasMessageContaining(ABSTRACTION);
    }
}
