package io.mll4j.examples;

import io.mll4j.graph.GraphStore;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.onnx.HubModels;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.Selector;
import io.mll4j.task.Task;
import io.mll4j.wordnet.WordNet30Lexicon;
import io.mll4j.wordnet.WordNetClassResolver;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses hub models for a task from its class names alone, and says why.
 * <pre>java … io.mll4j.examples.SelectModels "tabby cat,sneaker,seven"</pre>
 */
public final class SelectModels {
    private SelectModels() {
    }

    public static void main(String[] args) {
        List<String> classes = Arrays.stream((args.length > 0 ? args[0] : "tabby cat,sneaker,seven").split(","))
                .map(String::strip).toList();
        // README:begin select
        try (ModelHub hub = ModelHub.builder().build();                 // $MLL4J_HUB_DIR, else ~/.cache/mll4j/hub
             HubModels models = HubModels.builder().build();
             WordNet30Lexicon wordnet = WordNet30Lexicon.open()) {
            SemanticGraph graph = GraphStore.atDefault().load();          // the graph the hub is labeled on
            SelectionReport report = Selector.builder()
                    .setGraph(graph).setHub(hub).setLabelStore(LabelStore.inHub(hub.directory()))
                    .setResolver(new WordNetClassResolver(wordnet, graph))
                    .setEmbedder(models.textEncoder("all-minilm-l6-v2-q"))
                    .build().select(Task.of(classes));
            for (SelectionReport.ClassReport c : report.classes()) {
                System.out.printf("%s -> %s (synset %s, reuse score %.1f)%n", c.name(), report.selected().get(c.name()),
                        c.nodes().getFirst().id(), c.chosen().getFirst().reuseScore());
            }
        }
        // README:end
    }
}
