/**
 * WordNet 3.0 through extJWNL: the {@link io.mll4j.graph.Lexicon} the semantic graph is built from
 * ({@link io.mll4j.wordnet.WordNet30Lexicon}), and the matching of free class names to noun synsets
 * ({@link io.mll4j.wordnet.SynsetMatcher}).
 */
package io.mll4j.wordnet;
