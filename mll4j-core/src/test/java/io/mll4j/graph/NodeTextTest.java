package io.mll4j.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeTextTest {
    private final Synset tench = new Synset("n01440764", List.of("tench", "Tinca tinca"),
            "freshwater dace-like game fish");

    @Test
    void of_eachChoice_composesNameAndGloss() {
        assertThat(NodeText.NAME.of(tench)).isEqualTo("tench");
        assertThat(NodeText.GLOSS.of(tench)).isEqualTo("freshwater dace-like game fish");
        assertThat(NodeText.NAME_WHICH_IS_GLOSS.of(tench)).isEqualTo("tench which is freshwater dace-like game fish");
    }

    @Test
    void synset_malformedId_rejectedWithTheId() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Synset("v01440764", List.of("x"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v01440764");
    }

    @Test
    void idOf_offset_padsToEightDigits() {
        assertThat(Synset.idOf(1440764)).isEqualTo("n01440764");
        assertThat(new Synset("n01440764", List.of("tench"), "").offset()).isEqualTo(1440764L);
    }
}
