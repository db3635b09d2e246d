package io.mll4j.wordnet;

import io.mll4j.graph.DatasetSynsets;
import io.mll4j.graph.Synset;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static io.mll4j.wordnet.WordNetFixture.WORDNET;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-chosen class → synset table checked against WordNet 3.0. */
class DatasetSynsetsTest {

    @Test
    void bundled_everyClass_isAWordNetNounHavingItsLemma() {
        DatasetSynsets table = DatasetSynsets.bundled();
        int checked = 0;
        for (String dataset : table.datasets()) {
            for (Map.Entry<String, DatasetSynsets.Entry> e : table.classes(dataset).entrySet()) {
                String where = dataset + "/" + e.getKey();
                Synset synset = WORDNET.synset(e.getValue().synset()).orElse(null);
                assertThat(synset).as(where + " → " + e.getValue().synset() + " is a noun synset").isNotNull();
                assertThat(synset.lemmas()).as(where).anyMatch(l -> l.toLowerCase(Locale.ROOT)
                        .equals(e.getValue().lemma().toLowerCase(Locale.ROOT)));
                assertThat(WORDNET.lookupNoun(e.getValue().lemma())).as(where).contains(synset);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(30);
    }

    @Test
    void bundled_labelerSenses_chosenOverMoreFrequentOnes() {
        DatasetSynsets table = DatasetSynsets.bundled();

        assertThat(table.synset("cifar10", "automobile")).isEqualTo("n02958343");
        assertThat(table.synset("cifar10", "ship")).isEqualTo("n04194289");
        assertThat(table.synset("cifar10", "deer")).isEqualTo("n02430045");
        assertThat(WORDNET.synset(table.synset("mnist", "0")).orElseThrow().lemmas())
                .containsExactly("zero", "0", "nought", "cipher", "cypher");
        assertThat(WORDNET.synset(table.synset("fashion-mnist", "bag")).orElseThrow().lemmas()).contains("handbag");
    }
}
