package io.mll4j.server;

import io.mll4j.combine.LabeledExpert;
import io.mll4j.expert.ExpertLabel;
import io.mll4j.expert.ExpertLabelStore;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.select.LabeledModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The hub's stored labels on the server's graph, VLM and expert, each read once per key and kept in memory (a key
 * names immutable content, so the cache is never stale; a model labeled while the server runs has a new key and is
 * read on first use). Shared by paper-B selection, CHCO and the coverage map.
 */
final class HubLabels {
    private final ModelHub hub;
    private final SemanticGraph graph;
    private final LabelStore store;
    private final ExpertLabelStore expertStore;
    private final Map<LabelKey, EmbeddingLabel> vlmLabels = new ConcurrentHashMap<>();
    private final Map<LabelKey, ExpertLabel> expertLabels = new ConcurrentHashMap<>();

    HubLabels(ModelHub hub, SemanticGraph graph) {
        this.hub = hub;
        this.graph = graph;
        this.store = LabelStore.inHub(hub.directory());
        this.expertStore = ExpertLabelStore.inHub(hub.directory());
    }

    LabelStore store() {
        return store;
    }

    SemanticGraph graph() {
        return graph;
    }

    /** A VLM's label with this node text on the graph, when stored whole for every node. */
    Optional<LabeledModel> vlm(HubEntry entry, NodeText nodeText) {
        LabelKey key = LabelKey.of(entry.manifest(), graph.version(), nodeText);
        return cached(vlmLabels, key, store::load).filter(l -> l.nodeCount() == graph.size())
                .map(l -> new LabeledModel(entry, key, l));
    }

    /** An expert's label on the graph, when stored for every node with one output per head label. */
    Optional<LabeledExpert> expert(HubEntry entry) {
        LabelKey key = ExpertLabelStore.keyOf(entry.manifest(), graph.version());
        return cached(expertLabels, key, expertStore::load)
                .filter(l -> l.nodeImages().length == graph.size() && l.headSize() == entry.manifest().labels().size())
                .map(l -> new LabeledExpert(entry, key, l));
    }

    private static <L> Optional<L> cached(Map<LabelKey, L> cache, LabelKey key, Function<LabelKey, Optional<L>> load) {
        L label = cache.get(key);
        if (label != null) {
            return Optional.of(label);
        }
        Optional<L> loaded = load.apply(key);
        loaded.ifPresent(l -> cache.put(key, l));
        return loaded;
    }

    /** Whether a model has a label on this graph (a VLM: with this node text; an expert: its softmax label). */
    boolean isLabeled(HubEntry entry, NodeText nodeText) {
        return entry.manifest().kind() == ModelKind.EXPERT
                ? expertStore.exists(ExpertLabelStore.keyOf(entry.manifest(), graph.version()))
                : store.exists(LabelKey.of(entry.manifest(), graph.version(), nodeText));
    }

    /**
     * The labeled candidates of one kind, in hub order: every model of that kind, or the ones a request field lists.
     * Models without a label are left out and collected; asked for by id they are refused.
     *
     * @param kind      VLM or EXPERT
     * @param only      ids from the request (empty: every model of the kind)
     * @param field     the request field {@code only} came from
     * @param wrongKind why a listed model of another kind cannot be a candidate
     * @param labelOf   its label, when it has one
     * @param unlabeled collects the ids left out
     * @param variant   which label was looked for, for the message
     * @throws ApiException 422 naming {@code field[i]} for an unknown id or a model of another kind; 409 naming
     *                      {@code field} when a listed model is not labeled
     */
    <T> List<T> candidates(ModelKind kind, List<String> only, String field, String wrongKind,
                           Function<HubEntry, Optional<T>> labelOf, List<String> unlabeled, String variant) {
        List<HubEntry> entries = new ArrayList<>();
        if (only.isEmpty()) {
            hub.list().stream().filter(e -> e.manifest().kind() == kind).forEach(entries::add);
        } else {
            for (int i = 0; i < only.size(); i++) {
                String id = only.get(i);
                if (!hub.contains(id)) {
                    throw ApiException.unprocessable(field + "[" + i + "]", "No model '" + id + "' in the hub");
                }
                HubEntry e = hub.get(id);
                if (e.manifest().kind() != kind) {
                    throw ApiException.unprocessable(field + "[" + i + "]", "Model '" + id + "' is "
                            + article(e.manifest().kind()) + "; " + wrongKind);
                }
                if (!entries.contains(e)) {
                    entries.add(e);
                }
            }
            // hub order (by id) breaks ties in selection, whatever order the request listed them in
            entries.sort(Comparator.comparing(HubEntry::id));
        }
        List<T> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (HubEntry e : entries) {
            labelOf.apply(e).ifPresentOrElse(out::add, () -> missing.add(e.id()));
        }
        if (!only.isEmpty() && !missing.isEmpty()) {
            throw new ApiException(409, field, "Not labeled yet on this graph (" + variant + "): "
                    + String.join(", ", missing) + " (GET /models/{id} shows the labeling job)");
        }
        unlabeled.addAll(missing);
        return out;
    }

    private static String article(ModelKind kind) {
        return (kind == ModelKind.EXPERT ? "an " : "a ") + kind;
    }
}
