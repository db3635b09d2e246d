package io.mll4j.server;

import io.mll4j.exception.HubException;
import io.mll4j.exception.TaskException;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.LabelKey;
import io.mll4j.match.TaskMatcher;
import io.mll4j.match.TaskMatching;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.Selector;
import io.mll4j.task.ClassResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper-B selection for the server: the library's {@link TaskMatcher} and {@link Selector} over the hub's labeled
 * VLMs, with labels kept in memory ({@link HubLabels}). Unlike the CLI, a VLM registered but not labeled yet is left
 * out and named, instead of failing every task.
 */
final class SelectionService {
    private final ModelHub hub;
    private final SemanticGraph graph;
    private final ClassResolver resolver;
    private final ModelPool pool;
    private final HubLabels labels;

    /**
     * A selection and what it left out.
     *
     * @param report    the library's report
     * @param unlabeled VLMs of the hub left out because they have no label for this graph and node text
     * @param scores    r[m][y] of every candidate (rows in {@link SelectionReport#candidates()} order)
     */
    record Selection(SelectionReport report, List<String> unlabeled, double[][] scores) implements TaskResult {
        @Override
        public List<String> models() {
            return report.selectedModels();
        }
    }

    SelectionService(ModelHub hub, HubLabels labels, ClassResolver resolver, ModelPool pool) {
        this.hub = hub;
        this.graph = labels.graph();
        this.labels = labels;
        this.resolver = resolver;
        this.pool = pool;
    }

    Selection select(TaskRequest r) {
        requirePinsInGraph(r, graph);
        List<String> unlabeled = new ArrayList<>();
        List<LabeledModel> candidates = candidates(r.nodeText(), r.models(), unlabeled);
        TaskMatcher.Builder matcher = TaskMatcher.builder().setGraph(graph).setEmbedder(embedder(r.textEncoder()))
                .setResolver(resolver).optNodeText(r.nodeText()).optClassText(r.classText())
                .optTopNodes(r.config().topNodes());
        if (r.minSimilarity() != null) {
            matcher.optMinSimilarity(r.minSimilarity());
        }
        TaskMatching matching;
        try {
            matching = matcher.build().match(r.task());
            if (!r.allowUncovered()) {
                matching.requireCovered();
            }
        } catch (TaskException e) {
            throw new ApiException(422, "classes", e.getMessage(), e);
        }
        SelectionReport report = Selector.builder().setGraph(graph).setHub(hub).setLabelStore(labels.store())
                .setResolver(resolver).setEmbedder(embedder(r.textEncoder())).optVariant(r.variant())
                .optConfig(r.config()).optNodeText(r.nodeText()).build().select(r.task(), matching, candidates);
        double[][] scores = ReuseScores.compute(candidates.stream().map(LabeledModel::label).toList(),
                matching.matching().selectedNodes(), matching.matching().z(), r.config()).scores();
        return new Selection(report, List.copyOf(unlabeled), scores);
    }

    /** 422 naming {@code pins.<class>} when a class is pinned to a synset that is not a graph node. */
    static void requirePinsInGraph(TaskRequest r, SemanticGraph graph) {
        r.task().pins().forEach((cls, id) -> {
            if (!graph.contains(id)) {
                throw ApiException.unprocessable("pins." + cls, "Class '" + cls + "' is pinned to " + id
                        + ", which is not a node of the graph (" + graph.size() + " nodes); pick a node marked "
                        + "'in graph' from GET /graph/find?name=" + cls);
            }
        });
    }

    private TextEmbedder embedder(String id) {
        return embedder(pool, id);
    }

    /** The matching embedder a request names; 400 naming {@code textEncoder} when there is none by that id. */
    static TextEmbedder embedder(ModelPool pool, String id) {
        try {
            TextEncoders.byId(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "textEncoder", e.getMessage(), e);
        }
        return pool.textEncoder(id);
    }

    /** Labeled VLMs in hub order; unlabeled ones are collected, or refused when asked for by id. */
    private List<LabeledModel> candidates(NodeText nodeText, List<String> only, List<String> unlabeled) {
        List<LabeledModel> out = labels.candidates(ModelKind.VLM, only, "models",
                "paper-B selection chooses among VLMs", e -> labels.vlm(e, nodeText), unlabeled,
                "node text '" + LabelKey.variantId(nodeText) + "'");
        if (out.isEmpty()) {
            throw new HubException(unlabeled.isEmpty() ? "The hub has no VLM to select from; register one with "
                    + "POST /models" : "No VLM of the hub is labeled on this graph with node text '"
                    + LabelKey.variantId(nodeText) + "' yet: " + String.join(", ", unlabeled));
        }
        return out;
    }
}
