package io.mll4j.select;

import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.match.ClassText;
import io.mll4j.match.MatchSettings;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings both selectors share: defaults, required ones, and what reaches the matcher. */
class SelectionBuilderTest {
    private static final InMemoryLexicon LEXICON = InMemoryLexicon.builder()
            .add("n00000001", "entity", "that which exists")
            .add("n00000002", "dog", "a domesticated canine", "n00000001")
            .build();
    private static final SemanticGraph GRAPH = SemanticGraph.builder().setLexicon(LEXICON)
            .setLeafImages(Map.of("n00000002", List.of(new NodeImage("dog/1.jpg", "0".repeat(64), "test")))).build();
    private static final TextEmbedder EMBEDDER = new TextEmbedder() {
        @Override
        public String id() {
            return "constant";
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public float[][] embed(List<String> texts) {
            return texts.stream().map(t -> new float[]{1}).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path tmp;
    private ModelHub hub;

    /** The base alone, its setup in reach of the test. */
    private static final class Plain extends SelectionBuilder<Plain> {
        @Override
        protected Plain self() {
            return this;
        }
    }

    @BeforeEach
    void openHub() {
        hub = ModelHub.builder().optDirectory(tmp.resolve("hub")).build();
    }

    @AfterEach
    void closeHub() {
        hub.close();
    }

    private Plain complete() {
        return new Plain().setGraph(GRAPH).setHub(hub).setLabelStore(LabelStore.inHub(hub.directory()))
                .setResolver(ClassResolver.of(LEXICON)).setEmbedder(EMBEDDER);
    }

    @Test
    void setup_onlyRequiredSet_hasPaperNodeTextWordNetClassTextAndNoThreshold() {
        SelectionSetup setup = complete().setup();

        assertThat(setup.graph()).isSameAs(GRAPH);
        assertThat(setup.hub()).isSameAs(hub);
        assertThat(setup.nodeText()).isEqualTo(MethodVariant.PAPER.nodeText());
        assertThat(setup.classText()).isEqualTo(ClassText.WORDNET);
        assertThat(setup.minSimilarity()).isNull();
    }

    @Test
    void matcher_carriesEveryMatchingSettingAndTheTopNodes() {
        SelectionSetup setup = complete().optNodeText(NodeText.GLOSS).optClassText(ClassText.PROMPT)
                .optMinSimilarity(42.0).setup();

        assertThat(setup.matcher(3).settings())
                .isEqualTo(new MatchSettings("constant", NodeText.GLOSS, ClassText.PROMPT, 3, 42.0));
        assertThat(complete().optMinSimilarity(42.0).optMinSimilarity((Double) null).setup().matcher(5).settings()
                .minSimilarity()).isNull();
    }

    @Test
    void setup_missingRequiredSetting_namesItsSetter() {
        assertThatThrownBy(() -> new Plain().setup()).isInstanceOf(NullPointerException.class)
                .hasMessage("graph is required (setGraph)");
        assertThatThrownBy(() -> complete().setLabelStore(null).setup()).isInstanceOf(NullPointerException.class)
                .hasMessage("store is required (setLabelStore)");
        assertThatThrownBy(() -> complete().setEmbedder(null).setup()).isInstanceOf(NullPointerException.class)
                .hasMessage("embedder is required (setEmbedder)");
    }

    @Test
    void selectorBuilder_primitiveThresholdAndVariant_reachTheSharedSettings() {
        Selector.Builder b = Selector.builder().setGraph(GRAPH).setHub(hub).setLabelStore(LabelStore.inHub(tmp))
                .setResolver(ClassResolver.of(LEXICON)).setEmbedder(EMBEDDER).optVariant(MethodVariant.CODE)
                .optMinSimilarity(12.5);

        SelectionSetup setup = b.setup();

        assertThat(setup.nodeText()).isEqualTo(MethodVariant.CODE.nodeText());
        assertThat(setup.minSimilarity()).isEqualTo(12.5);
        assertThat(b.build()).isNotNull();
    }
}
