package io.mll4j.hub;

/** Tells whether a synset id exists in the semantic graph (WordNet), so that labels cannot point nowhere. */
@FunctionalInterface
public interface SynsetValidator {
    /** Whether {@code synsetId} (e.g. {@code n13742358}) names an existing synset. */
    boolean isKnown(String synsetId);
}
