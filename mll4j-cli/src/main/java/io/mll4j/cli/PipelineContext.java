package io.mll4j.cli;

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

import java.nio.file.Path;

/**
 * What {@code label}, {@code select} and {@code predict} work on: the hub (with its labels and text cache), the
 * current graph and WordNet, each opened on first use and closed together.
 */
final class PipelineContext implements AutoCloseable {
    private final ModelHub hub;
    private final HubModels models;
    private SemanticGraph graph;
    private WordNet30Lexicon wordnet;

    /** @param hubDirectory the hub folder, or {@code null} for the default */
    PipelineContext(Path hubDirectory) {
        this.hub = hubDirectory == null ? ModelHub.builder().build()
                : ModelHub.builder().optDirectory(hubDirectory).build();
        this.models = HubModels.builder().optTextCacheDir(hub.directory().resolve("cache").resolve("text")).build();
    }

    ModelHub hub() {
        return hub;
    }

    HubModels models() {
        return models;
    }

    LabelStore labels() {
        return LabelStore.inHub(hub.directory());
    }

    SemanticGraph graph() {
        if (graph == null) {
            graph = GraphStore.atDefault().load();
        }
        return graph;
    }

    /** Class names → synsets over WordNet 3.0, graph nodes first (opens WordNet on first use). */
    WordNetClassResolver resolver() {
        if (wordnet == null) {
            wordnet = WordNet30Lexicon.open();
        }
        return new WordNetClassResolver(wordnet, graph());
    }

    /** Runs a selection with the command line's switches. */
    SelectionReport select(Task task, SelectionOptions o) {
        Selector.Builder b = Selector.builder().setGraph(graph()).setHub(hub).setLabelStore(labels())
                .setResolver(resolver()).setEmbedder(models.textEncoder(o.textEncoder))
                .optVariant(o.variant()).optConfig(o.config()).optNodeText(o.nodeText()).optClassText(o.classText())
                .optAllowUncovered(o.allowUncovered).optModels(o.models());
        if (o.minSimilarity != null) {
            b.optMinSimilarity(o.minSimilarity);
        }
        return b.build().select(task);
    }

    @Override
    public void close() {
        try {
            models.close();
        } finally {
            if (wordnet != null) {
                wordnet.close();
            }
            hub.close();
        }
    }
}
