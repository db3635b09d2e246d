package io.mll4j.combine;

import io.mll4j.exception.HubException;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.CombinationEvaluator;
import io.mll4j.expert.HeadCoverage;
import io.mll4j.expert.TaskClasses;
import io.mll4j.expert.TaskEvidence;
import io.mll4j.expert.TaskHead;
import io.mll4j.expert.VlmZeroShot;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.CostProfile;
import io.mll4j.hub.HubEntry;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One task's combination model on a real hub: the task's classes on their graph nodes, their node evidence, a head
 * per labeled expert (hub order) followed by a zero-shot head per VLM candidate (hub order), and the VLMs' paper-B
 * reuse scores for the patch. Built from stored labels only: no model runs, except each VLM's text tower on the
 * task's class texts.
 *
 * @param task      the classes and their nodes
 * @param evaluator the combination model (head indices: experts first, then VLMs)
 * @param experts   evaluator indices of the experts
 * @param vlms      evaluator indices of the VLM candidates
 * @param vlmScores paper-B reuse scores of the VLMs for the task's classes (rows in {@code vlms} order), or
 *                  {@code null} without VLMs or without a matching to score them on
 * @param entries   per evaluator head, its hub entry
 * @param labels    the key of every label used, in head order
 */
public record TaskCombinationModel(TaskClasses task, CombinationEvaluator evaluator, int[] experts, int[] vlms,
                                   ReuseScores vlmScores, List<HubEntry> entries, List<LabelKey> labels) {

    public TaskCombinationModel {
        experts = experts.clone();
        vlms = vlms.clone();
        entries = List.copyOf(entries);
        labels = List.copyOf(labels);
    }

    /** Logit scale of the VLM heads (paper B's 100). */
    public static final double VLM_SCALE = 100;

    /**
     * Builds the model.
     *
     * @param graph         the graph every label was made on
     * @param task          the classes and their nodes
     * @param experts       labeled experts (hub order)
     * @param vlms          labeled VLM candidates (hub order); their labels must be {@link EmbeddingLabel}s
     * @param vlmClassTexts per VLM, its L2-normalised text embeddings of the task's class texts
     * @param config        the combination settings
     * @param scoring       where paper-B reuse scores are computed (V_sel and Z of the task's matching), or
     *                      {@code null} to skip them
     * @return the model
     * @throws HubException when no label is given, or the labels were made on different image lists
     */
    public static TaskCombinationModel build(SemanticGraph graph, TaskClasses task, List<LabeledExpert> experts,
                                             List<LabeledModel> vlms, List<float[][]> vlmClassTexts,
                                             CombinationConfig config, PatchScoring scoring) {
        return build(graph, task, experts, vlms, vlmClassTexts, config, scoring, java.util.Set.of());
    }

    /**
     * {@link #build(SemanticGraph, TaskClasses, List, List, List, CombinationConfig, PatchScoring)} where head labels
     * above some classes may answer for them ({@link CombinationConfig#generalize()}).
     *
     * @param generalizable task indices of the classes that may be answered by generalisation
     */
    public static TaskCombinationModel build(SemanticGraph graph, TaskClasses task, List<LabeledExpert> experts,
                                             List<LabeledModel> vlms, List<float[][]> vlmClassTexts,
                                             CombinationConfig config, PatchScoring scoring,
                                             java.util.Set<Integer> generalizable) {
        if (vlms.size() != vlmClassTexts.size()) {
            throw new IllegalArgumentException(vlms.size() + " VLMs but " + vlmClassTexts.size() + " class texts");
        }
        int[][] nodeImages = nodeImages(experts, vlms);
        TaskEvidence evidence = TaskEvidence.of(graph, config.discount(graph, nodeImages), task);
        List<TaskHead> heads = new ArrayList<>();
        List<HubEntry> entries = new ArrayList<>();
        List<LabelKey> keys = new ArrayList<>();
        for (LabeledExpert e : experts) {
            List<String> synsets = e.entry().manifest().labels().stream().map(ClassLabel::synset).toList();
            heads.add(TaskHead.expert(e.id(), HeadCoverage.of(graph, synsets, task, config.generalize(), generalizable), e.label(), ms(e.entry())));
            entries.add(e.entry());
            keys.add(e.key());
        }
        for (int m = 0; m < vlms.size(); m++) {
            LabeledModel v = vlms.get(m);
            VlmZeroShot zeroShot = new VlmZeroShot(vlmClassTexts.get(m), VLM_SCALE);
            heads.add(TaskHead.vlm(v.id(), task.size(), zeroShot.onImages(embeddings(v).imageEmbeddings()),
                    ms(v.entry())));
            entries.add(v.entry());
            keys.add(v.key());
        }
        CombinationEvaluator evaluator = new CombinationEvaluator(task, evidence, heads, config);
        ReuseScores scores = vlms.isEmpty() || scoring == null ? null
                : ReuseScores.compute(vlms.stream().map(LabeledModel::label).toList(), scoring.selectedNodes(),
                scoring.z(), scoring.config());
        return new TaskCombinationModel(task, evaluator, IntStream.range(0, experts.size()).toArray(),
                IntStream.range(experts.size(), heads.size()).toArray(), scores, entries, keys);
    }

    /**
     * Where the VLMs' reuse scores are computed: paper-B selection on the task's matching.
     *
     * @param selectedNodes V_sel (node indices)
     * @param z             class weights over V_sel
     * @param config        the paper-B switches
     */
    public record PatchScoring(int[] selectedNodes, double[][] z, SelectionConfig config) {
    }

    /** The evaluator index of a head by hub id. */
    public int headIndex(String id) {
        for (int h = 0; h < entries.size(); h++) {
            if (entries.get(h).id().equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no head '" + id + "' in the task's combination model");
    }

    private static int[][] nodeImages(List<LabeledExpert> experts, List<LabeledModel> vlms) {
        List<int[][]> lists = new ArrayList<>();
        experts.forEach(e -> lists.add(e.label().nodeImages()));
        vlms.forEach(v -> lists.add(embeddings(v).nodeImages()));
        if (lists.isEmpty()) {
            throw new HubException("No labeled model to combine: the hub has neither experts nor VLMs with labels");
        }
        for (int[][] other : lists) {
            if (!Arrays.deepEquals(other, lists.getFirst())) {
                // all labels index one image list (LabelingInput of one graph): otherwise evidence rows would mix
                throw new HubException("Labels of the candidates list different images per node; relabel with "
                        + "`mll label` on the current graph");
            }
        }
        return lists.getFirst();
    }

    private static EmbeddingLabel embeddings(LabeledModel v) {
        if (!(v.label() instanceof EmbeddingLabel label)) {
            throw new IllegalArgumentException("VLM '" + v.id() + "' has no stored embeddings (a "
                    + v.label().getClass().getSimpleName() + "); the patch needs its image embeddings");
        }
        return label;
    }

    private static Double ms(HubEntry entry) {
        CostProfile p = entry.manifest().costProfile();
        return p == null ? null : p.msPerImage();
    }
}
