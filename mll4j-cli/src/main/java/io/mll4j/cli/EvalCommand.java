package io.mll4j.cli;

import io.mll4j.data.DatasetCatalog;
import io.mll4j.data.ImageDataset;
import io.mll4j.data.Split;
import io.mll4j.eval.ClassifierEvaluation;
import io.mll4j.graph.DatasetSynsets;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.onnx.HubModels;
import io.mll4j.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mll eval}: a hub expert's accuracy on a data set split, classes matched through their synsets. */
@Command(name = "eval", description = "Score a hub expert on a labelled data set split.",
        footer = {"", "Example:", "  mll eval --model mnist-onnx --dataset mnist --split test --per-class 100"})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "Hub model id.")
    String model;

    @Option(names = "--dataset", required = true, description = "cifar10, fashion-mnist or mnist.")
    String dataset;

    @Option(names = "--split", defaultValue = "test", description = "train, node or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--per-class", defaultValue = "0",
            description = "Images per class, the first ones in item order (0: all).")
    int perClass;

    @Option(names = "--hub", description = "Hub directory (default: the mll4j home's hub).")
    Path hubDirectory;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        HubEntry entry;
        try (ModelHub hub = (hubDirectory == null ? ModelHub.builder() : ModelHub.builder().optDirectory(hubDirectory))
                .build()) {
            entry = hub.get(model);
        }
        if (entry.manifest().kind() != ModelKind.EXPERT) {
            throw new IllegalArgumentException("model '" + model + "' is a " + entry.manifest().kind()
                    + "; mll eval scores experts (classifiers with a fixed head)");
        }
        ImageDataset data = DatasetCatalog.openDefault().open(dataset, Split.parse(split));
        Map<String, String> classSynsets = new LinkedHashMap<>();
        DatasetSynsets.bundled().classes(dataset).forEach((id, e) -> classSynsets.put(id, e.synset()));
        int[] indices = perClass > 0 ? ClassifierEvaluation.balancedSample(data, perClass)
                : java.util.stream.IntStream.range(0, data.size()).toArray();
        List<ClassLabel> labels = entry.manifest().labels();
        ClassifierEvaluation result;
        try (HubModels models = HubModels.builder().build()) {
            result = ClassifierEvaluation.run(models.classifier(entry), labels.stream().map(ClassLabel::synset).toList(),
                    data, classSynsets, indices, 256, ConsoleProgress.stderr());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("model", model, "evaluation", result, "accuracy", result.accuracy())));
        } else {
            out.printf("%s on %s: %d/%d correct = %.2f %%%n", model, result.dataset(), result.correct(),
                    result.images(), 100 * result.accuracy());
            result.perClass().forEach((c, acc) -> out.printf("  %-14s %6.2f %%%n", c, 100 * acc));
            if (!result.uncoveredClasses().isEmpty()) {
                out.println("  not covered by the model (not scored): " + result.uncoveredClasses());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
