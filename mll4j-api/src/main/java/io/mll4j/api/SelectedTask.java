package io.mll4j.api;

import io.mll4j.image.ImageSource;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.SelectionReportMarkdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A task with its models chosen per class (paper B), ready to classify images. Predictions run on the models of
 * the {@link MllPipeline} that selected it, so they are valid while that pipeline is open.
 */
public final class SelectedTask {
    private final SelectionReport report;
    private final MllPipeline pipeline;

    SelectedTask(SelectionReport report, MllPipeline pipeline) {
        this.report = report;
        this.pipeline = pipeline;
    }

    /** Everything the selection saw and decided: matched nodes, scores, chosen models, runners-up, provenance. */
    public SelectionReport report() {
        return report;
    }

    /** Class → the models that vote on it, in task order. */
    public Map<String, List<String>> selected() {
        return report.selected();
    }

    /** The report as Markdown: per class the matched synset, the chosen models with their scores and why. */
    public String explain() {
        return SelectionReportMarkdown.render(report);
    }

    /**
     * Classifies image files: each selected model runs once per image and votes, weighted by 1/entropy, on the
     * classes it was chosen for. An unreadable image gets an error naming it; the others are still predicted.
     */
    public PredictionReport predict(List<Path> images) {
        return pipeline.reuser().optPrompt(report.provenance().variant().prompt()).build()
                .predict(report.selected(), images);
    }

    /** {@link #predict(List)} for images that are not files (uploads, generated images). */
    public PredictionReport predictSources(List<ImageSource> images) {
        return pipeline.reuser().optPrompt(report.provenance().variant().prompt()).build()
                .predictSources(report.selected(), images);
    }
}
