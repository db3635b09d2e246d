package io.mll4j.wordnet;

import io.mll4j.exception.GraphException;
import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.Lexicon;
import io.mll4j.graph.Synset;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The noun part of Princeton WordNet 3.0, read from the {@code extjwnl-data-wn30} jar (3.0, not 3.1: ImageNet wnids
 * are 3.0 offsets). Hypernyms follow both {@code HYPERNYM} and {@code INSTANCE_HYPERNYM} pointers; noun lookup
 * applies WordNet's morphology (plurals, exceptions such as {@code geese}). Thread-safe; close it to release the
 * dictionary files.
 */
public final class WordNet30Lexicon implements Lexicon, AutoCloseable {
    /** extJWNL configuration of the WordNet 3.0 resource dictionary. */
    public static final String RESOURCE = "/net/sf/extjwnl/data/wordnet/wn30/res_properties.xml";

    private final Dictionary dictionary;
    private final Duration loadTime;
    private boolean closed;

    private WordNet30Lexicon(Dictionary dictionary, Duration loadTime) {
        this.dictionary = dictionary;
        this.loadTime = loadTime;
    }

    /** Opens the dictionary (about half a second). @throws GraphException if the data jar is missing or broken */
    public static WordNet30Lexicon open() {
        long start = System.nanoTime();
        try {
            Dictionary dictionary = Dictionary.getResourceInstance(RESOURCE);
            return new WordNet30Lexicon(dictionary, Duration.ofNanos(System.nanoTime() - start));
        } catch (JWNLException e) {
            throw new GraphException("Cannot open WordNet 3.0 (" + RESOURCE + " from extjwnl-data-wn30): "
                    + e.getMessage(), e);
        }
    }

    /** How long opening the dictionary took. */
    public Duration loadTime() {
        return loadTime;
    }

    @Override
    public String name() {
        return "WordNet 3.0";
    }

    @Override
    public synchronized Optional<Synset> synset(String id) {
        return find(id).map(WordNet30Lexicon::toSynset);
    }

    @Override
    public synchronized List<String> hypernyms(String id) {
        net.sf.extjwnl.data.Synset synset = find(id)
                .orElseThrow(() -> new UnknownSynsetException("No noun synset " + id + " in WordNet 3.0"));
        List<String> parents = new ArrayList<>(2);
        try {
            for (Pointer p : synset.getPointers()) {
                if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                    parents.add(Synset.idOf(p.getTargetOffset()));
                }
            }
        } catch (JWNLException e) {
            throw new GraphException("Cannot read the hypernyms of " + id + ": " + e.getMessage(), e);
        }
        return List.copyOf(parents);
    }

    @Override
    public synchronized List<Synset> lookupNoun(String lemma) {
        String form = lemma.trim().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (form.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<Synset> found = new LinkedHashSet<>();
        try {
            addSenses(dictionary.getIndexWord(POS.NOUN, form), found);
            int words = wordCount(form);
            for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, form)) {
                // the tokenizer step also returns single words of a phrase ("ankle boot" → "ankle"): not this lemma
                if (wordCount(base) == words) {
                    addSenses(dictionary.getIndexWord(POS.NOUN, base), found);
                }
            }
        } catch (JWNLException e) {
            throw new GraphException("WordNet lookup of '" + lemma + "' failed: " + e.getMessage(), e);
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                dictionary.close();
            } catch (JWNLException e) {
                throw new GraphException("Cannot close WordNet 3.0: " + e.getMessage(), e);
            }
        }
    }

    private Optional<net.sf.extjwnl.data.Synset> find(String id) {
        if (!Synset.isValidId(id)) {
            return Optional.empty();
        }
        long offset = Long.parseLong(id.substring(1));
        net.sf.extjwnl.data.Synset synset;
        try {
            synset = dictionary.getSynsetAt(POS.NOUN, offset);
        } catch (JWNLException | RuntimeException e) {
            // extJWNL parses whatever line an arbitrary offset lands in and fails in various ways: not a synset
            return Optional.empty();
        }
        // an offset inside a line can still parse as the line's synset: only an exact offset is that synset
        return synset != null && synset.getOffset() == offset ? Optional.of(synset) : Optional.empty();
    }

    private static void addSenses(IndexWord word, LinkedHashSet<Synset> out) {
        if (word == null) {
            return;
        }
        // extJWNL resolves senses lazily in its iterator; List.forEach would see the unresolved backing array
        for (net.sf.extjwnl.data.Synset s : word.getSenses()) {
            out.add(toSynset(s));
        }
    }

    private static Synset toSynset(net.sf.extjwnl.data.Synset s) {
        return new Synset(Synset.idOf(s.getOffset()), s.getWords().stream().map(Word::getLemma).toList(), s.getGloss());
    }

    private static int wordCount(String form) {
        return form.split("[ \\-]+").length;
    }
}
