package io.mll4j.select;

import io.mll4j.exception.HubException;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;

import java.util.ArrayList;
import java.util.List;

/** Loads the stored labels of the hub's VLMs for one graph and node text: the candidates of a selection. */
public final class LabeledModels {
    private LabeledModels() {
    }

    /**
     * The candidates, in hub order (the order that breaks ties).
     *
     * @param hub      the hub
     * @param store    where labels are kept
     * @param graph    the graph selection runs on
     * @param nodeText the node text the labels must have been made with
     * @param only     model ids to restrict to (empty: every VLM of the hub)
     * @return the labeled models
     * @throws HubException naming every candidate without a label (and how to make them), or when none is left
     */
    public static List<LabeledModel> load(ModelHub hub, LabelStore store, SemanticGraph graph, NodeText nodeText,
                                          List<String> only) {
        List<HubEntry> entries = only.isEmpty()
                ? hub.list().stream().filter(e -> e.manifest().kind() == ModelKind.VLM).toList()
                : only.stream().distinct().sorted().map(hub::get).toList();
        if (entries.isEmpty()) {
            throw new HubException("The hub " + hub.directory() + " has no VLM to select from; add some with "
                    + "`mll hub add --manifest …`");
        }
        List<LabeledModel> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (HubEntry e : entries) {
            if (e.manifest().kind() != ModelKind.VLM) {
                throw new HubException("Model '" + e.id() + "' is an " + e.manifest().kind()
                        + "; paper-B selection chooses among VLMs");
            }
            LabelKey key = LabelKey.of(e.manifest(), graph.version(), nodeText);
            store.load(key).ifPresentOrElse(label -> out.add(new LabeledModel(e, key, check(label, e, graph))),
                    () -> missing.add(e.id()));
        }
        if (!missing.isEmpty()) {
            throw new HubException("No label on graph " + graph.version().substring(0, 12) + " with node text '"
                    + key(nodeText) + "' for: " + String.join(", ", missing) + "; run `mll label --text-variant "
                    + key(nodeText) + "`" + (only.isEmpty() ? "" : " or leave them out of --models"));
        }
        return out;
    }

    private static String key(NodeText nodeText) {
        return LabelKey.variantId(nodeText);
    }

    private static EmbeddingLabel check(EmbeddingLabel label, HubEntry e, SemanticGraph graph) {
        if (label.nodeCount() != graph.size()) {
            throw new HubException("Label of '" + e.id() + "' covers " + label.nodeCount() + " nodes but graph "
                    + graph.version().substring(0, 12) + " has " + graph.size() + "; relabel with `mll label`");
        }
        return label;
    }
}
