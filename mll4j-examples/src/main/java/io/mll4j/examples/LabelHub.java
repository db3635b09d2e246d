package io.mll4j.examples;

import io.mll4j.graph.GraphStore;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.HubLabeler;
import io.mll4j.label.LabelStore;
import io.mll4j.onnx.HubModels;
import io.mll4j.util.Mll4jHome;

/**
 * Labels every VLM of the hub on the current graph, once per model (stored labels are skipped, an interrupted run
 * resumes): what selection then reads.
 * <pre>java … io.mll4j.examples.LabelHub</pre>
 */
public final class LabelHub {
    private LabelHub() {
    }

    public static void main(String[] args) {
        // README:begin label
        try (ModelHub hub = ModelHub.builder().build();
             HubModels models = HubModels.builder().build()) {
            HubLabeler labeler = HubLabeler.builder().setHub(hub).setOpener(models)
                    .setStore(LabelStore.inHub(hub.directory())).setGraph(GraphStore.atDefault().load())
                    .setImageRoot(Mll4jHome.data()).build();               // the graph's images live under data/
            for (HubLabeler.Outcome o : labeler.labelAll()) {
                System.out.printf("%s: %s (%d nodes, %d images)%n", o.model(), o.status(), o.nodes(), o.images());
            }
        }
        // README:end
    }
}
