package io.mll4j.wordnet;

import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.Synset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.mll4j.wordnet.WordNetFixture.WORDNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordNet30LexiconTest {

    @Test
    void synset_imagenetWnid_isTheWordNet30Synset() {
        Synset tench = WORDNET.synset("n01440764").orElseThrow();

        assertThat(tench.lemmas()).containsExactly("tench", "Tinca tinca");
        assertThat(tench.gloss()).startsWith("freshwater dace-like game fish of Europe and western Asia");
    }

    @Test
    void synset_idsThatAreNotSynsetStarts_empty() {
        assertThat(WORDNET.synset("n01440765")).isEmpty(); // inside tench's line
        assertThat(WORDNET.synset("n00012345")).isEmpty();
        assertThat(WORDNET.synset("n99999999")).isEmpty();
        assertThat(WORDNET.synset("01440764")).isEmpty();
    }

    @Test
    void hypernyms_classAndInstanceLinks_bothFollowed() {
        assertThat(WORDNET.hypernyms("n01440764")).containsExactly("n01439121"); // tench → cyprinid
        assertThat(WORDNET.synset(WORDNET.hypernyms("n10914447").get(0)).orElseThrow().lemmas())
                .contains("writer"); // Stephen Crane is an instance of writer
        assertThat(WORDNET.hypernyms("n00001740")).isEmpty(); // entity
    }

    @Test
    void hypernyms_unknownId_throwsNamingIt() {
        assertThatThrownBy(() -> WORDNET.hypernyms("n99999999"))
                .isInstanceOf(UnknownSynsetException.class).hasMessageContaining("n99999999");
    }

    @Test
    void lookupNoun_pluralAndCase_findsBaseFormSensesInSenseOrder() {
        List<String> ids = WORDNET.lookupNoun("Cranes").stream().map(Synset::id).toList();

        assertThat(ids).contains("n02012849", "n03126707");
        assertThat(ids.indexOf("n03126707")).isLessThan(ids.indexOf("n02012849")); // machine is sense 4, bird 5
        assertThat(WORDNET.lookupNoun("geese").stream().map(Synset::name)).contains("goose");
        assertThat(WORDNET.lookupNoun("0").stream().map(Synset::id)).containsExactly("n13742358");
    }

    @Test
    void lookupNoun_phraseNotInWordNet_doesNotMatchItsSingleWords() {
        assertThat(WORDNET.lookupNoun("ankle boot")).isEmpty();
        assertThat(WORDNET.lookupNoun("tee_shirt").stream().map(Synset::id)).containsExactly("n03595614");
    }
}
