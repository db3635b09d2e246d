package io.mll4j.match;

import io.mll4j.exception.TaskException;
import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Matching with real MiniLM on a five-node colour graph (real WordNet ids and glosses). */
class TaskMatcherTest {
    private static final InMemoryLexicon LEXICON = InMemoryLexicon.builder()
            .add("n04959672", "chromatic color", "a color that has hue")
            .add("n04962784", "red", "red color or pigment; the chromatic color resembling the hue of blood", "n04959672")
            .add("n04967191", "green", "green color or pigment; resembling the color of growing grass", "n04959672")
            .add("n04968895", "blue", "blue color or pigment; resembling the color of the clear sky in the daytime",
                    "n04959672")
            .add("n04965661", "yellow", "yellow color or pigment; the chromatic color resembling the hue of sunflowers",
                    "n04959672")
            .add("n02123045", "tabby", "a cat with a grey or tawny coat mottled with black")
            .build();
    private static final SemanticGraph GRAPH = SemanticGraph.builder().setLexicon(LEXICON).setLeafImages(Map.of(
            "n04962784", images("red"), "n04967191", images("green"), "n04968895", images("blue"),
            "n04965661", images("yellow"))).build();
    private static TextEmbedder minilm;

    @BeforeAll
    static void load() {
        minilm = TextEncoders.byId("all-minilm-l6-v2-q").load();
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    private static List<NodeImage> images(String colour) {
        return List.of(new NodeImage("c/" + colour + ".png", "0".repeat(63) + "1", "test"));
    }

    private static TaskMatcher.Builder matcher() {
        return TaskMatcher.builder().setGraph(GRAPH).setEmbedder(minilm).setResolver(ClassResolver.of(LEXICON))
                .optTopNodes(2);
    }

    private static String id(TaskMatching m, int y, int j) {
        return GRAPH.nodes().get(m.matching().nodes()[y][j]).id();
    }

    @Test
    void match_wordNetText_isTheNodeTextSoTheOwnNodeComesFirstAtHundred() {
        TaskMatching m = matcher().build().match(Task.of(List.of("green", "red")));
        assertThat(m.classTexts().getFirst()).isEqualTo(NodeText.NAME_WHICH_IS_GLOSS.of(LEXICON.synset("n04967191")
                .orElseThrow()));
        assertThat(id(m, 0, 0)).isEqualTo("n04967191");
        assertThat(id(m, 1, 0)).isEqualTo("n04962784");
        assertThat(m.matching().similarities()[0][0]).isCloseTo(100, within(1e-3));
        assertThat(m.matching().nodes()[0]).hasSize(2);
        assertThat(m.uncovered()).isEmpty();
    }

    @Test
    void match_promptClassText_embedsAPhotoOf() {
        TaskMatching m = matcher().optClassText(ClassText.PROMPT).build().match(Task.of(List.of("blue")));
        assertThat(m.classTexts()).containsExactly("a photo of a blue.");
        assertThat(id(m, 0, 0)).isEqualTo("n04968895");
    }

    @Test
    void match_pin_forcesThePinnedNodeFirstThenTheBestOthers() {
        TaskMatching free = matcher().build().match(Task.of(List.of("red")));
        TaskMatching pinned = matcher().build().match(Task.of(List.of("red")).withPins(Map.of("red", "n04968895")));
        assertThat(pinned.pinned()).containsExactly(true);
        assertThat(id(pinned, 0, 0)).isEqualTo("n04968895");
        assertThat(pinned.matching().similarities()[0][0]).isEqualTo(TaskMatcher.PINNED_SIMILARITY);
        assertThat(id(pinned, 0, 1)).isEqualTo(id(free, 0, 0));
    }

    @Test
    void match_pinToASynsetOutsideTheGraph_failsNamingClassAndSynset() {
        Task t = Task.of(List.of("cat")).withPins(Map.of("cat", "n02123045"));
        assertThatThrownBy(() -> matcher().build().match(t)).isInstanceOf(TaskException.class)
                .hasMessageContaining("'cat' is pinned to n02123045 (tabby)").hasMessageContaining("not a node");
    }

    @Test
    void match_captions_areAveragedInEmbeddingSpace() {
        List<String> captions = List.of("the colour of blood and of ripe tomatoes", "a warm red hue");
        TaskMatching m = matcher().build().match(Task.of(List.of("qwzx crimson")).withCaptions(Map.of("qwzx crimson",
                captions)));
        assertThat(m.classTexts()).containsExactly("mean of 2 caption embeddings");
        float[] mean = TaskMatcher.meanDirection(minilm.embed(captions));
        float[] red = minilm.embed(List.of(NodeText.NAME_WHICH_IS_GLOSS.of(LEXICON.synset("n04962784").orElseThrow())))[0];
        double expected = 0;
        for (int i = 0; i < mean.length; i++) {
            expected += 100.0 * mean[i] * red[i];
        }
        assertThat(id(m, 0, 0)).isEqualTo("n04962784");
        assertThat(m.matching().similarities()[0][0]).isCloseTo(expected, within(1e-4));
    }

    @Test
    void match_offTopicClass_isUncoveredWithItsBestNode() {
        Task t = Task.of(List.of("red", "lease")).withCaptions(Map.of("lease",
                List.of("a contract by which a landlord lets a flat to a tenant for a monthly rent")));
        TaskMatching m = matcher().build().match(t);
        assertThat(m.uncovered()).singleElement().satisfies(u -> {
            assertThat(u.className()).isEqualTo("lease");
            assertThat(u.threshold()).isEqualTo(40.0);
            assertThat(u.similarity()).isLessThan(40.0).isEqualTo(m.matching().similarities()[1][0]);
        });
        assertThatThrownBy(m::requireCovered).isInstanceOf(TaskException.class).hasMessageContaining("'lease'");
        assertThat(matcher().optMinSimilarity(-100).build().match(t).uncovered()).isEmpty();
    }

    @Test
    void match_uncalibratedEmbedderWithoutThreshold_failsAskingForOne() {
        TextEmbedder renamed = new TextEmbedder() {
            @Override public String id() { return "my-encoder"; }
            @Override public int dimension() { return minilm.dimension(); }
            @Override public float[][] embed(List<String> texts) { return minilm.embed(texts); }
            @Override public void close() { }
        };
        assertThatThrownBy(() -> matcher().setEmbedder(renamed).build().match(Task.of(List.of("red"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'my-encoder'");
        assertThat(matcher().setEmbedder(renamed).optMinSimilarity(50).build().match(Task.of(List.of("red")))
                .uncovered()).isEmpty();
    }
}
