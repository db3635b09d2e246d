package io.mll4j.cli;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.HubLabeler;
import io.mll4j.select.MethodVariant;
import io.mll4j.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll label}: labels the hub's models on the current graph (once per model, graph and node text). */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Label the hub's models on the current semantic graph: VLMs embed every node image and node "
                + "text (paper B §3), experts give their softmax over their head on every node image (paper A). "
                + "Stored labels are skipped; an interrupted run resumes where it stopped.",
                "  mll label [--model ID]... [--kind all|vlm|expert] [--variant paper|code] "
                        + "[--text-variant gloss|name-which-is-gloss]"})
final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--model", paramLabel = "ID", description = "Label only this model (repeatable; default: every model of --kind).")
    List<String> models;

    @Option(names = "--kind", defaultValue = "all", paramLabel = "all|vlm|expert",
            description = "Which models to label when no --model is given (default: ${DEFAULT-VALUE}).")
    String kind;

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
            HubLabeler labeler = ctx.pipeline().labeler().optNodeText(nodeText)
                    .optBatchSize(batchSize).optProgress(ConsoleProgress.stderr()).build();
            List<HubLabeler.Outcome> outcomes = models != null && !models.isEmpty()
                    ? models.stream().map(id -> labeler.label(ctx.hub().get(id))).toList()
                    : "all".equals(kind) ? labeler.labelAll()
                    : labeler.labelAll(Choices.parse(ModelKind.class, kind, "--kind"));
            if (json) {
                out.println(Json.write(outcomes));
            } else if (outcomes.isEmpty()) {
                out.println("No model in the hub " + ctx.hub().directory() + " to label.");
            } else {
                for (HubLabeler.Outcome o : outcomes) {
                    out.printf("%-28s %-6s %-15s (%d nodes, %d images, %s %s, graph %s, %.1f s)%n", o.model(),
                            Choices.kebab(o.kind()), o.status() == HubLabeler.Status.LABELED ? "labeled"
                                    : "already labeled", o.nodes(), o.images(),
                            o.kind() == ModelKind.EXPERT ? "outputs" : "text", o.key().textVariant(),
                            o.key().graphVersion().substring(0, 12), o.took().toMillis() / 1000.0);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
