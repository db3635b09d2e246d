package io.mll4j.cli;

import io.mll4j.match.UncoveredClass;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionFiles;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.SelectionReport.ClassReport;
import io.mll4j.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code mll select}: chooses hub models for a task from its class names (paper B §4). */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Select hub models for a task from its class names alone (paper B §4).",
                "  mll select --classes \"tabby cat,sneaker,seven\" [--pin \"seven=n13743269\"] --out DIR",
                "Writes selected_{alpha}_{k}.json (official format), selection-report.json and .md to --out."})
final class SelectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the selection files (default: print only).")
    Path out;

    @Option(names = "--json", description = "Print the full report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        SelectionReport report;
        try (PipelineContext ctx = new PipelineContext(hubDirectory)) {
            report = ctx.select(taskOptions.task(), selection);
        }
        Path official = out == null ? null : SelectionFiles.write(report, out);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.write(report));
        } else {
            print(report, w);
            if (official != null) {
                w.printf("Wrote %s, %s and %s to %s%n", official.getFileName(), SelectionFiles.REPORT_JSON,
                        SelectionFiles.REPORT_MARKDOWN, out);
            }
        }
        w.flush();
        return ExitCodes.OK;
    }

    static void print(SelectionReport r, PrintWriter w) {
        SelectionConfig c = r.provenance().config();
        w.printf("Task '%s': %d classes, %d candidate models, variant %s (alpha %s, k %d, n %d)%n", r.task().name(),
                r.classes().size(), r.candidates().size(), Choices.kebab(r.provenance().variant()), c.alpha(), c.k(),
                c.topNodes());
        int width = r.classes().stream().mapToInt(x -> x.name().length()).max().orElse(5);
        for (ClassReport cls : r.classes()) {
            SelectionReport.NodeMatch node = cls.nodes().getFirst();
            String chosen = cls.chosen().stream().map(s -> String.format("%s (r %.4f)", s.model(), s.reuseScore()))
                    .collect(Collectors.joining(", "));
            String next = cls.runnersUp().isEmpty() ? "" : String.format("  next %s -%.4f",
                    cls.runnersUp().getFirst().model(), cls.runnersUp().getFirst().margin());
            w.printf("  %-" + width + "s -> %s   [%s %s %.1f%s]%s%s%n", cls.name(), chosen, node.id(), node.name(),
                    node.similarity(), cls.pinned() ? " pinned" : "", next, cls.covered() ? "" : "  UNCOVERED");
        }
        SelectionReport.Cost cost = r.cost();
        w.printf("Cost: %d model(s), %s ms/image, %s parameters%s%n", cost.models().size(),
                HumanUnits.millis(cost.msPerImage()), HumanUnits.count(cost.params()),
                cost.unmeasured().isEmpty() ? "" : " (not measured: " + String.join(", ", cost.unmeasured()) + ")");
        for (UncoveredClass u : r.uncovered()) {
            w.printf("Warning: '%s' is not covered by the graph (best %s %s at %.1f < %.1f); its models are a guess%n",
                    u.className(), u.bestNode(), u.bestName(), u.similarity(), u.threshold());
        }
    }
}
