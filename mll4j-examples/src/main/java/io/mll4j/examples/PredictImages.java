package io.mll4j.examples;

import io.mll4j.graph.GraphStore;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.onnx.HubModels;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.ModelVote;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.reuse.Reuser;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.Selector;
import io.mll4j.task.Task;
import io.mll4j.wordnet.WordNet30Lexicon;
import io.mll4j.wordnet.WordNetClassResolver;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Selects models for a task, then classifies images with them (entropy-weighted, each model voting on the classes
 * it was chosen for) and shows each model's part.
 * <pre>java … io.mll4j.examples.PredictImages "red,yellow,green,blue" photos/a.png photos/b.png</pre>
 */
public final class PredictImages {
    private PredictImages() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: PredictImages CLASS,CLASS,... IMAGE...");
            return;
        }
        Task task = Task.of(Arrays.stream(args[0].split(",")).map(String::strip).toList());
        List<Path> images = Arrays.stream(args).skip(1).map(Path::of).toList();
        // README:begin predict
        try (ModelHub hub = ModelHub.builder().build();
             HubModels models = HubModels.builder().build();
             WordNet30Lexicon wordnet = WordNet30Lexicon.open()) {
            SemanticGraph graph = GraphStore.atDefault().load();
            SelectionReport selection = Selector.builder()
                    .setGraph(graph).setHub(hub).setLabelStore(LabelStore.inHub(hub.directory()))
                    .setResolver(new WordNetClassResolver(wordnet, graph))
                    .setEmbedder(models.textEncoder("all-minilm-l6-v2-q"))
                    .build().select(task);
            PredictionReport predictions = Reuser.builder().setHub(hub).setOpener(models).build()
                    .predict(selection.selected(), images);
            for (ImagePrediction p : predictions.images()) {
                if (p.failed()) {
                    System.out.println(p.image() + ": " + p.error());     // unreadable: named, the others still run
                    continue;
                }
                int y = predictions.classes().indexOf(p.label());
                System.out.println(p.image() + " -> " + p.label());
                for (ModelVote v : p.votes()) {
                    System.out.printf("    %s: p(%s) = %.3f, weight %.3g%s%n", v.model(), p.label(),
                            v.probabilities().get(y), v.weight(), v.contribution() > 0 ? ", votes for it" : "");
                }
            }
        }
        // README:end
    }
}
