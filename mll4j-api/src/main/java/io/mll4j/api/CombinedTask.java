package io.mll4j.api;

import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ChcoReportMarkdown;
import io.mll4j.combine.FusionReport;
import io.mll4j.image.ImageSource;

import java.nio.file.Path;
import java.util.List;

/**
 * A task with a combination of classification heads chosen by CHCO (paper A), ready to classify images. Predictions
 * run on the models of the {@link MllPipeline} that chose it, so they are valid while that pipeline is open.
 */
public final class CombinedTask {
    private final ChcoReport report;
    private final MllPipeline pipeline;

    CombinedTask(ChcoReport report, MllPipeline pipeline) {
        this.report = report;
        this.pipeline = pipeline;
    }

    /** Everything CHCO saw and decided: coverage per class, chosen heads, search trace, patch, estimate. */
    public ChcoReport report() {
        return report;
    }

    /** The chosen heads' hub ids, in fusion order (the patch VLM last, when there is one). */
    public List<String> heads() {
        return report.headIds();
    }

    /** Top-1 accuracy the fused combination is expected to reach, estimated on the graph's node images. */
    public double estimatedAccuracy() {
        return report.estimate().fused();
    }

    /** The report as Markdown: which heads cover which classes, which classes go to the patch and why. */
    public String explain() {
        return ChcoReportMarkdown.render(report);
    }

    /**
     * Classifies image files: every chosen head runs once per image and the heads' outputs are fused. An unreadable
     * image gets an error naming it; the others are still predicted.
     */
    public FusionReport predict(List<Path> images) {
        return pipeline.combinationReuser().build().predict(report.combination(), images);
    }

    /** {@link #predict(List)} for images that are not files (uploads, generated images). */
    public FusionReport predictSources(List<ImageSource> images) {
        return pipeline.combinationReuser().build().predictSources(report.combination(), images);
    }
}
