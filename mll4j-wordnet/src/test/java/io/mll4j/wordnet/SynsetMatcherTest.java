package io.mll4j.wordnet;

import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.mll4j.wordnet.WordNetFixture.WORDNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynsetMatcherTest {
    private static final String CRANE_BIRD = "n02012849";
    private static final String CRANE_MACHINE = "n03126707";

    @Test
    void candidates_crane_birdAndMachineAreSeparateWithGlosses() {
        List<SynsetCandidate> candidates = new SynsetMatcher(WORDNET, Optional.empty()).candidates("crane");

        assertThat(candidates).extracting(c -> c.synset().id()).contains(CRANE_BIRD, CRANE_MACHINE);
        SynsetCandidate bird = candidates.stream().filter(c -> c.synset().id().equals(CRANE_BIRD)).findFirst()
                .orElseThrow();
        assertThat(bird.synset().gloss()).contains("wading bird");
        assertThat(bird.inGraph()).isFalse();
        assertThat(candidates.get(0).synset().lemmas()).contains("Stephen Crane"); // WordNet sense 1
    }

    @Test
    void candidates_withGraph_imageBearingNodesRankFirst() {
        NodeImage image = new NodeImage("imagenet-sample/n02012849_crane.JPEG", Hashes.sha256(new byte[1]),
                NodeImage.IMAGENET_SAMPLE);
        SemanticGraph graph = SemanticGraph.builder().setLexicon(WORDNET)
                .setLeafImages(Map.of(CRANE_BIRD, List.of(image))).build();

        List<SynsetCandidate> candidates = new SynsetMatcher(WORDNET, Optional.of(graph)).candidates("Cranes");

        assertThat(candidates.get(0).synset().id()).isEqualTo(CRANE_BIRD);
        assertThat(candidates.get(0).inGraph()).isTrue();
        assertThat(candidates.get(0).imageCount()).isEqualTo(1);
        assertThat(candidates.get(0).sense()).isEqualTo(5);
    }

    @Test
    void candidates_underscoresHyphensAndAlternatives_normalised() {
        SynsetMatcher matcher = new SynsetMatcher(WORDNET, Optional.empty());

        assertThat(matcher.candidates("T-shirt/top")).extracting(c -> c.synset().id()).first().isEqualTo("n03595614");
        assertThat(matcher.candidates("tee_shirt")).extracting(c -> c.synset().id()).containsExactly("n03595614");
        assertThat(matcher.candidates("Ankle_boot")).extracting(c -> c.synset().id()).contains("n02872752");
        assertThat(matcher.candidates("pick-up truck")).extracting(c -> c.synset().id()).contains("n03930630");
    }

    @Test
    void candidates_noNounMatch_throwsNamingTheClassName() {
        assertThatThrownBy(() -> new SynsetMatcher(WORDNET, Optional.empty()).candidates("qwzxv blorf"))
                .isInstanceOf(UnknownSynsetException.class).hasMessageContaining("'qwzxv blorf'");
    }
}
