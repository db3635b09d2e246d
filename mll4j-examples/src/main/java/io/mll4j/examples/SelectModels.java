package io.mll4j.examples;

import io.mll4j.api.MllPipeline;
import io.mll4j.api.SelectedTask;
import io.mll4j.select.SelectionReport;
import io.mll4j.task.Task;

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
        try (MllPipeline mll = MllPipeline.builder().build()) {       // $MLL4J_HUB_DIR and the graph it is labeled on
            SelectedTask task = mll.select(Task.of(classes));
            for (SelectionReport.ClassReport c : task.report().classes()) {
                System.out.printf("%s -> %s (synset %s, reuse score %.1f)%n", c.name(), task.selected().get(c.name()),
                        c.nodes().getFirst().id(), c.chosen().getFirst().reuseScore());
            }
            System.out.println(task.explain());                        // Markdown: matches, scores, runners-up
        }
        // README:end
    }
}
