package io.mll4j.combine;

import io.mll4j.expert.FusionRule;
import io.mll4j.expert.HeadCombination;
import io.mll4j.expert.HeadConfusion;
import io.mll4j.expert.HeadCoverage;
import io.mll4j.expert.TaskClasses;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A head combination as data, so that a selection written to disk predicts exactly as the one computed: per head its
 * coverage and confusion rows, the class prior and the fusion rule. VLM heads are asked about the class names written
 * with {@link #prompt}.
 *
 * @param classes  task class names, in order
 * @param nodes    per class, its graph node
 * @param rule     the fusion rule
 * @param logPrior log π_y per class
 * @param prompt   how VLM heads write the class names
 * @param heads    the heads, in fusion order
 */
public record CombinationSpec(List<String> classes, List<String> nodes, FusionRule rule, double[] logPrior,
                              Prompt prompt, List<Head> heads) {

    public CombinationSpec {
        classes = List.copyOf(classes);
        nodes = List.copyOf(nodes);
        heads = List.copyOf(heads);
    }

    /** Kinds of heads. */
    public enum Kind { EXPERT, VLM }

    /**
     * One head.
     *
     * @param id           hub id
     * @param kind         expert (its softmax over its labels) or VLM (zero-shot over the task classes)
     * @param labelOutcome per head label, the outcome it adds to ({@link HeadCoverage})
     * @param outcomeClass per outcome, its task class or -1 for "other"
     * @param rows         confusion rows C[y][o]
     */
    public record Head(String id, Kind kind, int[] labelOutcome, int[] outcomeClass, double[][] rows) {
    }

    /**
     * The spec of a combination.
     *
     * @param combination the estimated combination
     * @param rule        the rule its confusions were estimated for
     * @param prompt      how its VLM heads write class names
     * @param vlmIds      which of its heads are VLMs
     */
    public static CombinationSpec of(HeadCombination combination, FusionRule rule, Prompt prompt,
                                     java.util.Set<String> vlmIds) {
        List<Head> heads = new ArrayList<>();
        for (int h = 0; h < combination.size(); h++) {
            HeadConfusion c = combination.confusion(h);
            double[][] rows = new double[c.classCount()][];
            for (int y = 0; y < rows.length; y++) {
                rows[y] = c.row(y);
            }
            String id = combination.ids().get(h);
            heads.add(new Head(id, vlmIds.contains(id) ? Kind.VLM : Kind.EXPERT, c.coverage().labelOutcome(),
                    c.coverage().outcomeClass(), rows));
        }
        return new CombinationSpec(combination.task().names(), combination.task().nodeIds(), rule,
                combination.logPrior(), prompt, heads);
    }

    /** The combination this spec describes. */
    public HeadCombination toCombination() {
        TaskClasses task = new TaskClasses(classes, nodes);
        List<HeadConfusion> confusions = new ArrayList<>();
        for (Head h : heads) {
            HeadCoverage coverage = new HeadCoverage(classes.size(), h.labelOutcome(), h.outcomeClass());
            confusions.add(HeadConfusion.ofRows(coverage, rule, h.rows()));
        }
        return HeadCombination.of(task, heads.stream().map(Head::id).toList(), confusions, logPrior);
    }

    /** Head ids, in fusion order. */
    public List<String> ids() {
        return heads.stream().map(Head::id).toList();
    }
}
