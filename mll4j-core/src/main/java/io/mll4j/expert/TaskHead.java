package io.mll4j.expert;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A classification head taking part in a task: an expert's head or a VLM asked about the task's class names.
 *
 * @param id               hub id of the model
 * @param coverage         how its labels map to the task's classes
 * @param nodeImageOutputs its probabilities over its labels on a labeled graph image (by image index)
 * @param msPerImage       measured cost per image from the manifest's cost profile, or {@code null} if unmeasured
 */
public record TaskHead(String id, HeadCoverage coverage, IntFunction<double[]> nodeImageOutputs, Double msPerImage) {

    public TaskHead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(nodeImageOutputs, "nodeImageOutputs");
        if (msPerImage != null && !(msPerImage >= 0)) {
            throw new IllegalArgumentException("head '" + id + "': msPerImage must be >= 0, got " + msPerImage);
        }
    }

    /** An expert's head, read from its label. */
    public static TaskHead expert(String id, HeadCoverage coverage, ExpertLabel label, Double msPerImage) {
        if (label.headSize() != coverage.headSize()) {
            throw new IllegalArgumentException("expert '" + id + "': label has " + label.headSize()
                    + " outputs per image but the head has " + coverage.headSize() + " labels");
        }
        return new TaskHead(id, coverage, label::output, msPerImage);
    }

    /** A VLM patch head: its outcomes are the task classes, its outputs the zero-shot probabilities over them. */
    public static TaskHead vlm(String id, int classCount, IntFunction<double[]> zeroShot, Double msPerImage) {
        return new TaskHead(id, HeadCoverage.allClasses(classCount), zeroShot, msPerImage);
    }
}
