package io.mll4j.wordnet;

import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.Lexicon;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.task.ClassResolver;

import java.util.List;
import java.util.Optional;

/**
 * Resolves task class names through {@link SynsetMatcher}: WordNet morphology, name variants, the head noun as a
 * fallback, and candidates that are image-bearing graph nodes first.
 */
public final class WordNetClassResolver implements ClassResolver {
    private final Lexicon lexicon;
    private final SynsetMatcher matcher;

    /**
     * @param lexicon WordNet (or any lexicon)
     * @param graph   the graph whose nodes are preferred
     */
    public WordNetClassResolver(Lexicon lexicon, SemanticGraph graph) {
        this.lexicon = lexicon;
        this.matcher = new SynsetMatcher(lexicon, Optional.of(graph));
    }

    @Override
    public Optional<Synset> synset(String id) {
        return lexicon.synset(id);
    }

    @Override
    public List<Synset> candidates(String className) {
        try {
            return matcher.candidates(className).stream().map(SynsetCandidate::synset).toList();
        } catch (UnknownSynsetException e) {
            return List.of(); // "no noun matches" is an answer here, not a failure
        }
    }
}
