package io.mll4j.server;

import io.mll4j.exception.HubException;
import io.mll4j.exception.TaskException;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paper-B selection for the server: the library's {@link TaskMatcher} and {@link Selector} over the hub's labeled
 * VLMs, with labels kept in memory by key (a key names immutable content, so the cache is never stale). Unlike the
 * CLI, a VLM registered but not labeled yet is left out and named, instead of failing every task.
 */
final class SelectionService {
    private final ModelHub hub;
    private final SemanticGraph graph;
    private final ClassResolver resolver;
    private final ModelPool pool;
    private final LabelStore store;
    private final Map<LabelKey, EmbeddingLabel> labels = new ConcurrentHashMap<>();

    /**
     * A selection and what it left out.
     *
     * @param report    the library's report
     * @param unlabeled VLMs of the hub left out because they have no label for this graph and node text
     * @param scores    r[m][y] of every candidate (rows in {@link SelectionReport#candidates()} order)
     */
    record Selection(SelectionReport report, List<String> unlabeled, double[][] scores) {
    }

    SelectionService(ModelHub hub, SemanticGraph graph, ClassResolver resolver, ModelPool pool) {
        this.hub = hub;
        this.graph = graph;
        this.resolver = resolver;
        this.pool = pool;
        this.store = LabelStore.inHub(hub.directory());
    }

    Selection select(TaskRequest r) {
        r.task().pins().forEach((cls, id) -> {
            if (!graph.contains(id)) {
                throw ApiException.unprocessable("pins." + cls, "Class '" + cls + "' is pinned to " + id
                        + ", which is not a node of the graph (" + graph.size() + " nodes); pick a node marked "
                        + "'in graph' from GET /graph/find?name=" + cls);
            }
        });
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
        SelectionReport report = Selector.builder().setGraph(graph).setHub(hub).setLabelStore(store)
                .setResolver(resolver).setEmbedder(embedder(r.textEncoder())).optVariant(r.variant())
                .optConfig(r.config()).optNodeText(r.nodeText()).build().select(r.task(), matching, candidates);
        double[][] scores = ReuseScores.compute(candidates.stream().map(LabeledModel::label).toList(),
                matching.matching().selectedNodes(), matching.matching().z(), r.config()).scores();
        return new Selection(report, List.copyOf(unlabeled), scores);
    }

    /** Whether a model has a label on this graph with this node text. */
    boolean isLabeled(HubEntry entry, NodeText nodeText) {
        return store.exists(LabelKey.of(entry.manifest(), graph.version(), nodeText));
    }

    private TextEmbedder embedder(String id) {
        try {
            TextEncoders.byId(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "textEncoder", e.getMessage(), e);
        }
        return pool.textEncoder(id);
    }

    /** Labeled VLMs in hub order; unlabeled ones are collected, or refused when asked for by id. */
    private List<LabeledModel> candidates(NodeText nodeText, List<String> only, List<String> unlabeled) {
        List<HubEntry> entries;
        if (only.isEmpty()) {
            entries = hub.list().stream().filter(e -> e.manifest().kind() == ModelKind.VLM).toList();
        } else {
            entries = new ArrayList<>();
            for (int i = 0; i < only.size(); i++) {
                String id = only.get(i);
                if (!hub.contains(id)) {
                    throw ApiException.unprocessable("models[" + i + "]", "No model '" + id + "' in the hub");
                }
                HubEntry e = hub.get(id);
                if (e.manifest().kind() != ModelKind.VLM) {
                    throw ApiException.unprocessable("models[" + i + "]", "Model '" + id + "' is an "
                            + e.manifest().kind() + "; paper-B selection chooses among VLMs");
                }
                if (!entries.contains(e)) {
                    entries.add(e);
                }
            }
        }
        List<LabeledModel> out = new ArrayList<>();
        for (HubEntry e : entries) {
            LabelKey key = LabelKey.of(e.manifest(), graph.version(), nodeText);
            Optional<EmbeddingLabel> label = label(key);
            if (label.isPresent() && label.get().nodeCount() == graph.size()) {
                out.add(new LabeledModel(e, key, label.get()));
            } else {
                unlabeled.add(e.id());
            }
        }
        if (!only.isEmpty() && !unlabeled.isEmpty()) {
            throw new ApiException(409, "models", "Not labeled yet on this graph with node text '"
                    + LabelKey.variantId(nodeText) + "': " + String.join(", ", unlabeled)
                    + " (GET /models/{id} shows the labeling job)");
        }
        if (out.isEmpty()) {
            throw new HubException(entries.isEmpty() ? "The hub has no VLM to select from; register one with "
                    + "POST /models" : "No VLM of the hub is labeled on this graph with node text '"
                    + LabelKey.variantId(nodeText) + "' yet: " + String.join(", ", unlabeled));
        }
        return out;
    }

    private Optional<EmbeddingLabel> label(LabelKey key) {
        EmbeddingLabel cached = labels.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<EmbeddingLabel> loaded = store.load(key);
        loaded.ifPresent(l -> labels.put(key, l));
        return loaded;
    }
}
