package io.mll4j.wordnet;

import io.mll4j.hub.SynsetValidator;

/**
 * Checks hub label synsets against WordNet 3.0. The dictionary (~0.5–1 s to load) is opened on the first check,
 * so hubs that never validate never pay for it.
 */
public final class WordNetSynsetValidator implements SynsetValidator, AutoCloseable {
    private WordNet30Lexicon lexicon;

    @Override
    public synchronized boolean isKnown(String synsetId) {
        if (lexicon == null) {
            lexicon = WordNet30Lexicon.open();
        }
        return lexicon.synset(synsetId).isPresent();
    }

    @Override
    public synchronized void close() {
        if (lexicon != null) {
            lexicon.close();
            lexicon = null;
        }
    }
}
