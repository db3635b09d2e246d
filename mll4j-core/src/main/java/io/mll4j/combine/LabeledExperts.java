package io.mll4j.combine;

import io.mll4j.exception.HubException;
import io.mll4j.expert.ExpertLabel;
import io.mll4j.expert.ExpertLabelStore;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.LabelKey;

import java.util.ArrayList;
import java.util.List;

/** Loads the stored labels of the hub's experts for one graph: the candidates of CHCO. */
public final class LabeledExperts {
    private LabeledExperts() {
    }

    /**
     * The experts, in hub order (the order that breaks ties).
     *
     * @param hub   the hub
     * @param store where expert labels are kept
     * @param graph the graph the labels must have been made on
     * @param only  expert ids to restrict to (empty: every expert of the hub)
     * @return the labeled experts (empty when the hub has none)
     * @throws HubException naming every expert without a label (and the command that makes them), or a model in
     *                      {@code only} that is not an expert
     */
    public static List<LabeledExpert> load(ModelHub hub, ExpertLabelStore store, SemanticGraph graph,
                                           List<String> only) {
        List<HubEntry> entries = only.isEmpty()
                ? hub.list().stream().filter(e -> e.manifest().kind() == ModelKind.EXPERT).toList()
                : hub.list().stream().filter(e -> only.contains(e.id())).toList();
        for (String id : only) {
            HubEntry e = hub.get(id);
            if (e.manifest().kind() != ModelKind.EXPERT) {
                throw new HubException("Model '" + id + "' is a " + e.manifest().kind() + "; CHCO chooses among "
                        + "experts (VLMs only patch)");
            }
        }
        List<LabeledExpert> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (HubEntry e : entries) {
            LabelKey key = ExpertLabelStore.keyOf(e.manifest(), graph.version());
            store.load(key).ifPresentOrElse(label -> out.add(new LabeledExpert(e, key, check(label, e, graph))),
                    () -> missing.add(e.id()));
        }
        if (!missing.isEmpty()) {
            throw new HubException("No expert label on graph " + graph.version().substring(0, 12) + " for: "
                    + String.join(", ", missing) + "; run `mll label --kind expert`");
        }
        return out;
    }

    private static ExpertLabel check(ExpertLabel label, HubEntry e, SemanticGraph graph) {
        if (label.nodeImages().length != graph.size()) {
            throw new HubException("Label of '" + e.id() + "' covers " + label.nodeImages().length
                    + " nodes but graph " + graph.version().substring(0, 12) + " has " + graph.size()
                    + "; relabel with `mll label`");
        }
        if (label.headSize() != e.manifest().labels().size()) {
            throw new HubException("Label of '" + e.id() + "' has " + label.headSize() + " outputs per image but "
                    + "its manifest lists " + e.manifest().labels().size() + " head labels; relabel with `mll label`");
        }
        return label;
    }
}
