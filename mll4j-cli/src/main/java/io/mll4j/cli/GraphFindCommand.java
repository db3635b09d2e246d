package io.mll4j.cli;

import io.mll4j.graph.SemanticGraph;
import io.mll4j.util.Json;
import io.mll4j.wordnet.SynsetCandidate;
import io.mll4j.wordnet.SynsetMatcher;
import io.mll4j.wordnet.WordNet30Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code mll graph find <name>}: the synsets a class name may stand for, best first. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "List the WordNet 3.0 noun synsets a class name may mean, with glosses; synsets in the graph "
                + "with images first, then WordNet sense order.")
final class GraphFindCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<name>", arity = "1..*", description = "Class name (several words are joined).")
    List<String> words;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public void run() {
        String name = String.join(" ", words);
        Optional<SemanticGraph> graph = GraphCommand.storedGraph();
        List<SynsetCandidate> candidates;
        try (WordNet30Lexicon wordnet = WordNet30Lexicon.open()) {
            candidates = new SynsetMatcher(wordnet, graph).candidates(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(candidates));
        } else {
            out.printf("%s: %d candidate%s%s%n", name, candidates.size(), candidates.size() == 1 ? "" : "s",
                    graph.map(g -> " (graph " + GraphCommand.shortVersion(g.version()) + ")")
                            .orElse(" (no graph built)"));
            int rank = 1;
            for (SynsetCandidate c : candidates) {
                out.printf("%2d. %s  %s  [%s]%n", rank++, c.synset().id(), String.join(", ", c.synset().lemmas()),
                        c.inGraph() ? "in graph, " + GraphCommand.images(c.imageCount()) : "not in graph");
                out.printf("      %s%n", c.synset().gloss());
            }
        }
        out.flush();
    }
}
