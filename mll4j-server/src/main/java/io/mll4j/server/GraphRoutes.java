package io.mll4j.server;

import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.wordnet.SynsetMatcher;
import io.mll4j.wordnet.WordNet30Lexicon;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /graph} (summary), {@code GET /graph/nodes/{wnid}} (a synset, from the graph or else from WordNet 3.0)
 * and {@code GET /graph/find?name=} (the synsets a class name may mean, graph nodes with images first: what a user
 * picks a pin from).
 */
final class GraphRoutes {
    private final SemanticGraph graph;
    private final WordNet30Lexicon wordnet;
    private final SynsetMatcher matcher;

    GraphRoutes(SemanticGraph graph, WordNet30Lexicon wordnet) {
        this.graph = graph;
        this.wordnet = wordnet;
        this.matcher = new SynsetMatcher(wordnet, Optional.of(graph));
    }

    void register(Router router) {
        router.get("/graph", call -> call.sendJson(200, Map.of("version", graph.version(), "nodes", graph.size(),
                        "edges", graph.edgeCount(), "images", graph.allImages().size(), "roots", graph.roots())))
                .get("/graph/nodes/{wnid}", this::node)
                .get("/graph/find", this::find);
    }

    private void find(HttpCall call) throws IOException {
        String name = call.requireQuery("name").strip();
        if (name.length() > 200) {
            throw ApiException.badRequest("name", "A class name of " + name.length() + " characters is too long (200 at most)");
        }
        call.sendJson(200, Map.of("name", name, "graph", graph.version(), "candidates", matcher.candidates(name)));
    }

    private void node(HttpCall call) throws IOException {
        String id = call.pathParam("wnid");
        if (!Synset.isValidId(id)) {
            throw ApiException.badRequest("wnid", "'" + id + "' is not a synset id (n + 8 digits, e.g. n02123045); "
                    + "to look a name up: GET /graph/find?name=" + id);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (graph.contains(id)) {
            Synset s = graph.node(id);
            put(out, s, true);
            out.put("parents", refs(graph, graph.parents(id)));
            out.put("children", refs(graph, graph.children(id)));
            out.put("hypernymPaths", graph.hypernymPaths(id).stream().map(p -> refs(graph, p)).toList());
            out.put("imageCount", graph.images(id).size());
        } else {
            Synset s = wordnet.synset(id).orElseThrow(() -> ApiException.notFound("wnid", "No noun synset " + id
                    + " in WordNet 3.0"));
            // the hypernym closure of this one synset gives its paths, as `mll graph show` does
            SemanticGraph closure = SemanticGraph.builder().setLexicon(wordnet).setLeafImages(Map.of(id, List.of()))
                    .build();
            put(out, s, false);
            out.put("parents", refs(closure, closure.parents(id)));
            out.put("hypernymPaths", closure.hypernymPaths(id).stream().map(p -> refs(closure, p)).toList());
            out.put("imageCount", 0);
        }
        call.sendJson(200, out);
    }

    private void put(Map<String, Object> out, Synset s, boolean inGraph) {
        out.put("id", s.id());
        out.put("name", s.name());
        out.put("lemmas", s.lemmas());
        out.put("gloss", s.gloss());
        out.put("inGraph", inGraph);
        out.put("graph", graph.version());
    }

    private static List<Map<String, String>> refs(SemanticGraph g, List<String> ids) {
        return ids.stream().map(i -> Map.of("id", i, "name", g.node(i).name())).toList();
    }
}
