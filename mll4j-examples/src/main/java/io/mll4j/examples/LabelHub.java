package io.mll4j.examples;

import io.mll4j.api.MllPipeline;
import io.mll4j.label.HubLabeler;

/**
 * Labels every model of the hub (VLMs and experts) on the current graph, once per model (stored labels are skipped,
 * an interrupted run resumes): what selection then reads.
 * <pre>java … io.mll4j.examples.LabelHub</pre>
 */
public final class LabelHub {
    private LabelHub() {
    }

    public static void main(String[] args) {
        // README:begin label
        try (MllPipeline mll = MllPipeline.builder().build()) {        // node images from $MLL4J_HOME/data
            for (HubLabeler.Outcome o : mll.labelAll()) {
                System.out.printf("%s: %s (%d nodes, %d images)%n", o.model(), o.status(), o.nodes(), o.images());
            }
        }
        // README:end
    }
}
