package io.mll4j.combine;

import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationEstimate;
import io.mll4j.expert.CombinationEvaluator;
import io.mll4j.expert.ExpertSelection;
import io.mll4j.expert.PatchPlan;
import io.mll4j.expert.TaskHead;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.hub.CostProfile;
import io.mll4j.hub.HubEntry;
import io.mll4j.match.TaskMatching;
import io.mll4j.select.SelectionReport.Cost;
import io.mll4j.select.SelectionReport.NodeMatch;
import io.mll4j.task.Task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a task's combination model and paper A's selection into a {@link ChcoReport}. */
final class ChcoReportAssembler {
    private final SemanticGraph graph;
    private final TaskCombinationModel model;
    private final TaskMatching matching;
    private final ExpertSelection selection;
    private final Budget budget;
    private final boolean patchEnabled;
    private final CombinationEvaluator evaluator;
    private final CombinationEstimate[] alone;

    private final java.util.Set<Integer> generalised;

    /** @param generalised task indices of the classes the model lets head labels above them answer for */
    ChcoReportAssembler(SemanticGraph graph, TaskCombinationModel model, TaskMatching matching,
                        ExpertSelection selection, Budget budget, boolean patchEnabled,
                        java.util.Set<Integer> generalised) {
        this.generalised = generalised;
        this.graph = graph;
        this.model = model;
        this.matching = matching;
        this.selection = selection;
        this.budget = budget;
        this.patchEnabled = patchEnabled;
        this.evaluator = model.evaluator();
        this.alone = new CombinationEstimate[evaluator.headCount()];
    }

    ChcoReport assemble(Task task, ChcoReport.Provenance provenance) {
        PatchPlan plan = selection.patch();
        Set<Integer> chosen = new HashSet<>();
        Arrays.stream(selection.heads()).forEach(chosen::add);
        List<ChcoReport.ClassReport> classes = new ArrayList<>();
        for (int y = 0; y < model.task().size(); y++) {
            classes.add(classReport(y, chosen, plan));
        }
        List<ChcoReport.HeadReport> heads = new ArrayList<>();
        for (int h : selection.heads()) {
            TaskHead head = evaluator.head(h);
            List<String> covers = new ArrayList<>();
            for (int y = 0; y < model.task().size(); y++) {
                if (head.coverage().covers(y)) {
                    covers.add(model.task().name(y));
                }
            }
            heads.add(new ChcoReport.HeadReport(head.id(), h == plan.vlmHead() ? "patch" : "expert", covers,
                    alone(h).accuracy(), head.msPerImage()));
        }
        ChcoReport.Search search = new ChcoReport.Search(selection.chco().method(), budget, model.experts().length,
                selection.chco().evaluated(), selection.chco().trace(), selection.chco().skipped());
        ChcoReport.Estimate estimate = new ChcoReport.Estimate(selection.chco().estimate().accuracy(),
                selection.estimate().accuracy());
        Set<String> vlmIds = new HashSet<>();
        Arrays.stream(model.vlms()).forEach(h -> vlmIds.add(evaluator.head(h).id()));
        CombinationSpec spec = CombinationSpec.of(evaluator.combination(selection.heads()), evaluator.config().rule(),
                provenance.prompt(), vlmIds);
        return new ChcoReport(task, classes, heads, search, patch(plan), estimate, null,
                selection.uncoveredClasses(), cost(), spec, provenance);
    }

    private ChcoReport.ClassReport classReport(int y, Set<Integer> chosen, PatchPlan plan) {
        Synset node = graph.node(model.task().nodeIds().get(y));
        int rank = 0;
        while (rank < matching.matching().nodes()[y].length - 1
                && !graph.nodes().get(matching.matching().nodes()[y][rank]).id().equals(node.id())) {
            rank++;
        }
        NodeMatch match = new NodeMatch(node.id(), node.name(), node.gloss(),
                matching.matching().similarities()[y][rank], graph.images(node.id()).size());
        List<ChcoReport.Coverer> coverers = new ArrayList<>();
        for (int h : model.experts()) {
            if (evaluator.head(h).coverage().covers(y)) {
                coverers.add(new ChcoReport.Coverer(evaluator.head(h).id(), alone(h).accuracy(y), chosen.contains(h)));
            }
        }
        if (plan.hasPatch()) {
            coverers.add(new ChcoReport.Coverer(plan.vlmId(), alone(plan.vlmHead()).accuracy(y), true));
        }
        coverers.sort(Comparator.comparingDouble((ChcoReport.Coverer c) -> Double.isNaN(c.alone()) ? 1 : -c.alone()));
        ChcoReport.Route route = plan.uncovered().contains(y) ? ChcoReport.Route.UNCOVERED
                : (!plan.hasPatch() || !plan.patchClasses().contains(y)) && generalised.contains(y)
                ? ChcoReport.Route.EXPERTS_GENERALISED
                : !plan.hasPatch() || !plan.patchClasses().contains(y) ? ChcoReport.Route.EXPERTS
                : plan.weakClasses().contains(y) ? ChcoReport.Route.PATCH_BELOW_TAU
                : ChcoReport.Route.PATCH_UNCOVERED;
        Double patchScore = plan.hasPatch() ? model.vlmScores().scores()[vlmRow(plan.vlmHead())][y] : null;
        return new ChcoReport.ClassReport(model.task().name(y), match, evaluator.evidence().classWeight()[y],
                coverers, route, selection.chco().estimate().accuracy(y), selection.estimate().accuracy(y),
                patchScore, null);
    }

    private ChcoReport.Patch patch(PatchPlan plan) {
        List<String> classes = plan.patchClasses().stream().map(model.task()::name).toList();
        List<ChcoReport.Candidate> candidates = new ArrayList<>();
        for (int m = 0; m < model.vlms().length && !plan.patchClasses().isEmpty(); m++) {
            double[] row = model.vlmScores().scores()[m];
            candidates.add(new ChcoReport.Candidate(evaluator.head(model.vlms()[m]).id(),
                    plan.patchClasses().stream().mapToDouble(y -> row[y]).average().orElse(0)));
        }
        return new ChcoReport.Patch(plan.vlmId(), classes, candidates, patchEnabled, plan.declined());
    }

    private Cost cost() {
        double ms = 0;
        long params = 0;
        List<String> ids = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        for (int h : selection.heads()) {
            HubEntry entry = model.entries().get(h);
            ids.add(entry.id());
            CostProfile p = entry.manifest().costProfile();
            if (p == null || p.msPerImage() == null || p.params() == null) {
                unmeasured.add(entry.id());
            }
            if (p != null) {
                ms += p.msPerImage() == null ? 0 : p.msPerImage();
                params += p.params() == null ? 0 : p.params();
            }
        }
        return new Cost(ids, ms, params, unmeasured);
    }

    private int vlmRow(int head) {
        for (int m = 0; m < model.vlms().length; m++) {
            if (model.vlms()[m] == head) {
                return m;
            }
        }
        throw new IllegalStateException("head " + head + " is not a VLM candidate");
    }

    private CombinationEstimate alone(int h) {
        if (alone[h] == null) {
            alone[h] = evaluator.estimate(h);
        }
        return alone[h];
    }
}
