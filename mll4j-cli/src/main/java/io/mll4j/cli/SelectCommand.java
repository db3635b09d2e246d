package io.mll4j.cli;

import io.mll4j.combine.ChcoFiles;
import io.mll4j.combine.ChcoReport;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code mll select}: chooses hub models for a task from its class names (paper B §4, or paper A with CHCO). */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Select hub models for a task from its class names alone: paper B's top-k VLMs per class "
                + "(--method mll, default) or paper A's combination of expert heads with a VLM patch (--method chco).",
                "  mll select --classes \"tabby cat,sneaker,seven\" [--pin \"seven=n13743269\"] --out DIR",
                "  mll select --method chco --classes \"cat,dog,sneaker\" [--budget 3] [--measure cifar10:test] --out DIR",
                "mll writes selected_{alpha}_{k}.json (official format), selection-report.json and .md to --out; "
                        + "chco writes chco-report.json and .md. Exit code 2 when a class is covered by nothing."})
final class SelectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    SelectionOptions selection;

    @Mixin
    ChcoOptions chco;

    @Option(names = "--measure", split = ",", paramLabel = "DATASET[:SPLIT]",
            description = "chco: also measure the fusion on labeled data set splits (cifar10, fashion-mnist, mnist; "
                    + "split default test; several add up); their classes meet the task's by synset or name.")
    List<String> measure;

    @Option(names = "--per-class", defaultValue = "100", paramLabel = "N",
            description = "Images per class for --measure, the first ones (0: all; default ${DEFAULT-VALUE}).")
    int perClass;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the selection files (default: print only).")
    Path out;

    @Option(names = "--json", description = "Print the full report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (chco.isChco()) {
            return callChco();
        }
        if (measure != null) {
            throw new IllegalArgumentException("--measure applies to --method chco (paper B is measured by mll bench)");
        }
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

    private int callChco() {
        ChcoReport report;
        try (PipelineContext ctx = new PipelineContext(hubDirectory)) {
            report = ctx.chcoSelector(selection, chco, null).select(taskOptions.task());
            if (measure != null && report.uncovered().isEmpty()) {
                report = ctx.measure(report, measure, perClass);
            }
        }
        Path written = out == null ? null : ChcoFiles.write(report, out);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.write(report));
        } else {
            ChcoPrinter.print(report, w);
            if (written != null) {
                w.printf("Wrote %s and %s to %s%n", ChcoFiles.REPORT_JSON, ChcoFiles.REPORT_MARKDOWN, out);
            }
        }
        w.flush();
        report.requireComplete();
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
