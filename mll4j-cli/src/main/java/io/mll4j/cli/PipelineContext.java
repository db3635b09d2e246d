package io.mll4j.cli;

import io.mll4j.api.MllPipeline;
import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ChcoSelector;
import io.mll4j.combine.CombinationSpec;
import io.mll4j.combine.TestSetMeasurement;
import io.mll4j.data.DatasetCatalog;
import io.mll4j.data.ImageDataset;
import io.mll4j.data.Split;
import io.mll4j.eval.ClassifierEvaluation;
import io.mll4j.expert.HeadCombinationReuser;
import io.mll4j.expert.TaskClasses;
import io.mll4j.graph.DatasetSynsets;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.LabelStore;
import io.mll4j.onnx.HubModels;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.Selector;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code label}, {@code select}, {@code predict} and {@code bench} work on: the library's {@link MllPipeline}
 * (hub, graph, WordNet and models, each opened on first use and closed together) plus the command line's switches
 * applied to its builders.
 */
final class PipelineContext implements AutoCloseable {
    private final MllPipeline pipeline;

    /** @param hubDirectory the hub folder, or {@code null} for the default */
    PipelineContext(Path hubDirectory) {
        this.pipeline = MllPipeline.builder().optHubDirectory(hubDirectory).build();
    }

    MllPipeline pipeline() {
        return pipeline;
    }

    ModelHub hub() {
        return pipeline.hub();
    }

    HubModels models() {
        return pipeline.models();
    }

    LabelStore labels() {
        return pipeline.labels();
    }

    SemanticGraph graph() {
        return pipeline.graph();
    }

    ClassResolver resolver() {
        return pipeline.resolver();
    }

    /** Runs a selection with the command line's switches. */
    SelectionReport select(Task task, SelectionOptions o) {
        Selector.Builder b = pipeline.selector().setEmbedder(models().textEncoder(o.textEncoder))
                .optVariant(o.variant()).optConfig(o.config()).optNodeText(o.nodeText()).optClassText(o.classText())
                .optAllowUncovered(o.allowUncovered).optModels(o.models());
        if (o.minSimilarity != null) {
            b.optMinSimilarity(o.minSimilarity);
        }
        return b.build().select(task);
    }

    /** Paper A's selector with the command line's switches (matching and patch scoring from the paper-B ones). */
    ChcoSelector chcoSelector(SelectionOptions o, ChcoOptions chco, Prompt prompt) {
        ChcoSelector.Builder b = pipeline.chcoSelector().setEmbedder(models().textEncoder(o.textEncoder))
                .optVariant(o.variant()).optPatchSelection(o.config()).optNodeText(o.nodeText())
                .optClassText(o.classText()).optMinSimilarity(o.minSimilarity).optConfig(chco.config())
                .optBudget(chco.budget()).optPolicy(chco.policy()).optMethod(chco.searchMethod())
                .optPatch(!chco.noPatch).optExperts(chco.experts()).optVlms(o.models());
        if (prompt != null) {
            b.optPrompt(prompt);
        } else if (o.prompt != null) {
            b.optPrompt(Choices.parse(Prompt.class, o.prompt, "--prompt"));
        }
        return b.build();
    }

    /**
     * The report with the fusion's accuracy measured on labeled data set splits beside the estimate.
     *
     * @param report   a complete selection
     * @param sources  {@code DATASET[:SPLIT]} each (split default test); their counts add up
     * @param perClass images per data set class (the first ones; 0: all)
     */
    ChcoReport measure(ChcoReport report, List<String> sources, int perClass) {
        CombinationSpec spec = report.combination();
        TaskClasses task = new TaskClasses(spec.classes(), spec.nodes());
        HeadCombinationReuser reuser = pipeline.combinationReuser().build().open(spec);
        TestSetMeasurement total = null;
        for (String source : sources) {
            String[] parts = source.split(":", 2);
            String dataset = parts[0];
            ImageDataset data = DatasetCatalog.openDefault().open(dataset,
                    Split.parse(parts.length > 1 ? parts[1] : "test"));
            Map<String, String> synsets = new LinkedHashMap<>();
            if (DatasetSynsets.bundled().datasets().contains(dataset)) {
                DatasetSynsets.bundled().classes(dataset).forEach((id, e) -> synsets.put(id, e.synset()));
            }
            int[] map = TestSetMeasurement.classMap(task, data, synsets);
            if (java.util.Arrays.stream(map).allMatch(y -> y < 0)) {
                throw new IllegalArgumentException("--measure " + source + ": no class of the task is a class of "
                        + data.name() + " (by synset or name): " + String.join(", ", data.classIds()));
            }
            int[] indices = perClass > 0 ? ClassifierEvaluation.balancedSample(data, perClass)
                    : java.util.stream.IntStream.range(0, data.size()).toArray();
            TestSetMeasurement m = TestSetMeasurement.run(reuser, data, map, indices, data.name()
                    + (perClass > 0 ? " (first " + perClass + " per class)" : ""), 64, ConsoleProgress.stderr());
            total = total == null ? m : total.plus(m);
        }
        return report.withMeasurement(total.summary(), total.perClassOrNull());
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
