package io.mll4j.wordnet;

import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.Lexicon;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * Maps a class name to ranked candidate noun synsets. The name is normalised (case, underscores, hyphens, a
 * {@code /} between alternatives as in {@code T-shirt/top}); the lexicon applies WordNet morphology (plurals).
 * When the whole name matches nothing, its head noun (last word) is tried: {@code ankle boot} → {@code boot}.
 * Candidates in the graph with images come first, then those in the graph, then the rest; within each group,
 * WordNet sense order.
 */
public final class SynsetMatcher {
    private final Lexicon lexicon;
    private final SemanticGraph graph;

    /**
     * @param lexicon where to look names up
     * @param graph   the graph to flag candidates against; empty when none was built
     */
    public SynsetMatcher(Lexicon lexicon, Optional<SemanticGraph> graph) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.graph = graph.orElse(null);
    }

    /**
     * Ranked candidates, best first.
     *
     * @throws UnknownSynsetException naming the class name when no noun matches it
     */
    public List<SynsetCandidate> candidates(String className) {
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("Class name is empty");
        }
        Map<String, SynsetCandidate> found = new LinkedHashMap<>();
        forms(className).forEach(form -> collect(form, found));
        if (found.isEmpty()) {
            String head = headNoun(className);
            if (!head.isEmpty()) {
                collect(head, found);
            }
        }
        if (found.isEmpty()) {
            throw new UnknownSynsetException("No WordNet 3.0 noun matches class name '" + className + "'");
        }
        List<SynsetCandidate> ranked = new ArrayList<>(found.values());
        ranked.sort(Comparator.comparingInt(SynsetMatcher::tier)); // stable: keeps sense order within a tier
        return List.copyOf(ranked);
    }

    /** The spellings tried, most literal first. */
    static SequencedSet<String> forms(String className) {
        SequencedSet<String> forms = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        parts.add(className);
        if (className.contains("/")) {
            parts.addAll(List.of(className.split("/")));
        }
        for (String part : parts) {
            String spaced = part.replace('_', ' ').trim().replaceAll("\\s+", " ");
            if (spaced.isEmpty()) {
                continue;
            }
            forms.add(spaced);
            forms.add(spaced.replace('-', ' '));
            forms.add(spaced.replace(' ', '-'));
            forms.add(spaced.replace("-", ""));
        }
        return forms;
    }

    private void collect(String form, Map<String, SynsetCandidate> found) {
        List<Synset> senses = lexicon.lookupNoun(form);
        for (int i = 0; i < senses.size(); i++) {
            Synset s = senses.get(i);
            boolean inGraph = graph != null && graph.contains(s.id());
            int images = inGraph ? graph.images(s.id()).size() : 0;
            found.putIfAbsent(s.id(), new SynsetCandidate(s, form, i + 1, inGraph, images));
        }
    }

    private static String headNoun(String className) {
        String[] words = className.replace('_', ' ').replace('-', ' ').replace('/', ' ').trim().split("\\s+");
        return words.length > 1 ? words[words.length - 1] : "";
    }

    private static int tier(SynsetCandidate c) {
        return c.inGraph() ? (c.imageBearing() ? 0 : 1) : 2;
    }
}
