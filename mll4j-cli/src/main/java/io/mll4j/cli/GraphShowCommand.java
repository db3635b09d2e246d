package io.mll4j.cli;

import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.util.Json;
import io.mll4j.wordnet.WordNet30Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code mll graph show <wnid>}: one synset with its hypernym paths, children and images. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a synset: lemmas, gloss, hypernym path(s) to entity, children and image count. "
                + "Synsets outside the graph are shown from WordNet 3.0.")
final class GraphShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<wnid>", description = "Synset id, n + 8-digit WordNet 3.0 offset (e.g. n01440764).")
    String id;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    /** A named node reference. */
    record Ref(String id, String name) {
    }

    /** What {@code show} prints. */
    record View(String id, List<String> lemmas, String gloss, boolean inGraph, String graphVersion,
                List<List<Ref>> hypernymPaths, List<Ref> parents, List<Ref> children, int imageCount,
                List<String> images) {
    }

    @Override
    public void run() {
        if (!Synset.isValidId(id)) {
            throw new UnknownSynsetException("'" + id + "' is not a synset id (n + 8-digit WordNet 3.0 offset); "
                    + "to look a name up: mll graph find " + id);
        }
        Optional<SemanticGraph> stored = GraphCommand.storedGraph();
        View view = stored.filter(g -> g.contains(id)).map(this::fromGraph)
                .orElseGet(() -> fromWordNet(stored.map(SemanticGraph::version).orElse(null)));
        print(view, spec.commandLine().getOut());
    }

    private View fromGraph(SemanticGraph g) {
        Synset s = g.node(id);
        return new View(id, s.lemmas(), s.gloss(), true, g.version(), paths(g), refs(g, g.parents(id)),
                refs(g, g.children(id)), g.images(id).size(), g.images(id).stream().map(NodeImage::path).toList());
    }

    private View fromWordNet(String graphVersion) {
        try (WordNet30Lexicon wordnet = WordNet30Lexicon.open()) {
            Synset s = wordnet.synset(id)
                    .orElseThrow(() -> new UnknownSynsetException("No noun synset " + id + " in WordNet 3.0"));
            // the hypernym closure of this one synset, without images, gives its paths
            SemanticGraph g = SemanticGraph.builder().setLexicon(wordnet).setLeafImages(Map.of(id, List.of())).build();
            return new View(id, s.lemmas(), s.gloss(), false, graphVersion, paths(g), refs(g, g.parents(id)),
                    List.of(), 0, List.of());
        }
    }

    private List<List<Ref>> paths(SemanticGraph g) {
        return g.hypernymPaths(id).stream().map(p -> refs(g, p)).toList();
    }

    private static List<Ref> refs(SemanticGraph g, List<String> ids) {
        return ids.stream().map(i -> new Ref(i, g.node(i).name())).toList();
    }

    private void print(View v, PrintWriter out) {
        if (json) {
            out.println(Json.write(v));
            out.flush();
            return;
        }
        out.printf("%s  %s%n", v.id(), String.join(", ", v.lemmas()));
        out.printf("  gloss:    %s%n", v.gloss());
        out.printf("  in graph: %s%n", v.inGraph() ? "yes (graph " + GraphCommand.shortVersion(v.graphVersion())
                + "), " + GraphCommand.images(v.imageCount()) : v.graphVersion() == null ? "no graph built" : "no");
        for (List<Ref> path : v.hypernymPaths()) {
            out.printf("  path:     %s%n", path.stream().map(Ref::name).collect(Collectors.joining(" > ")));
        }
        out.printf("  parents:  %s%n", names(v.parents()));
        if (v.inGraph()) {
            out.printf("  children: %s%n", names(v.children()));
        }
        out.flush();
    }

    private static String names(List<Ref> refs) {
        return refs.isEmpty() ? "(none)"
                : refs.stream().map(r -> r.id() + " " + r.name()).collect(Collectors.joining(", "));
    }
}
