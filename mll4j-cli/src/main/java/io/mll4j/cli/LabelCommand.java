package io.mll4j.cli;

import io.mll4j.graph.NodeText;
import io.mll4j.label.HubLabeler;
import io.mll4j.select.MethodVariant;
import io.mll4j.util.Json;
import io.mll4j.util.Mll4jHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll label}: labels the hub's VLMs on the current graph (once per model, graph and node text). */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Label the hub's VLMs on the current semantic graph (paper B §3): embed every node image and "
                + "node text once per model. Stored labels are skipped; an interrupted run resumes where it stopped.",
                "  mll label [--model ID]... [--variant paper|code] [--text-variant gloss|name-which-is-gloss]"})
final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--model", paramLabel = "ID", description = "Label only this model (repeatable; default: every VLM).")
    List<String> models;

    @Option(names = "--variant", defaultValue = "paper", paramLabel = "paper|code",
            description = "Default node text: name-which-is-gloss (paper) or gloss (code). Default: ${DEFAULT-VALUE}.")
    String variant;

    @Option(names = "--text-variant", paramLabel = "TEXT", description = "Node text: name-which-is-gloss, gloss or name.")
    String textVariant;

    @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N",
            description = "Images per model call and per saved chunk (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--json", description = "Print the outcomes as JSON.")
    boolean json;

    @Override
    public Integer call() {
        NodeText nodeText = textVariant != null ? Choices.parse(NodeText.class, textVariant, "--text-variant")
                : Choices.parse(MethodVariant.class, variant, "--variant").nodeText();
        PrintWriter out = spec.commandLine().getOut();
        try (PipelineContext ctx = new PipelineContext(hubDirectory)) {
            HubLabeler labeler = HubLabeler.builder().setHub(ctx.hub()).setOpener(ctx.models()).setStore(ctx.labels())
                    .setGraph(ctx.graph()).setImageRoot(Mll4jHome.data()).optNodeText(nodeText)
                    .optBatchSize(batchSize).optProgress(ConsoleProgress.stderr()).build();
            List<HubLabeler.Outcome> outcomes = models == null || models.isEmpty() ? labeler.labelAll()
                    : models.stream().map(id -> labeler.label(ctx.hub().get(id))).toList();
            if (json) {
                out.println(Json.write(outcomes));
            } else if (outcomes.isEmpty()) {
                out.println("No VLM in the hub " + ctx.hub().directory() + " to label.");
            } else {
                for (HubLabeler.Outcome o : outcomes) {
                    out.printf("%-24s %s  (%d nodes, %d images, text %s, graph %s, %.1f s)%n", o.model(),
                            o.status() == HubLabeler.Status.LABELED ? "labeled" : "already labeled", o.nodes(),
                            o.images(), o.key().textVariant(), o.key().graphVersion().substring(0, 12),
                            o.took().toMillis() / 1000.0);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
