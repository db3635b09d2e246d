package io.mll4j.wordnet;

/** One WordNet 3.0 dictionary per test JVM: opening it takes about half a second. */
final class WordNetFixture {
    static final WordNet30Lexicon WORDNET = WordNet30Lexicon.open();

    private WordNetFixture() {
    }
}
