package io.mll4j.select;

import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.hub.CostProfile;
import io.mll4j.match.TaskMatching;
import io.mll4j.select.SelectionReport.ClassReport;
import io.mll4j.select.SelectionReport.Cost;
import io.mll4j.select.SelectionReport.ModelScore;
import io.mll4j.select.SelectionReport.NodeMatch;
import io.mll4j.select.SelectionReport.Provenance;
import io.mll4j.task.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a matching and the models' reuse scores into a {@link SelectionReport}. */
final class ReportAssembler {
    private final SemanticGraph graph;
    private final List<LabeledModel> models;
    private final ReuseScores scores;
    private final SelectionConfig config;

    ReportAssembler(SemanticGraph graph, List<LabeledModel> models, ReuseScores scores, SelectionConfig config) {
        this.graph = graph;
        this.models = models;
        this.scores = scores;
        this.config = config;
    }

    SelectionReport assemble(Task task, TaskMatching matching, MethodVariant variant) {
        List<ClassReport> classes = new ArrayList<>();
        for (int y = 0; y < matching.classes().size(); y++) {
            classes.add(classReport(matching, y));
        }
        Provenance provenance = new Provenance(graph.version(), graph.size(),
                models.stream().map(LabeledModel::key).toList(), variant, config, matching.settings(),
                Instant.now().toString(), version());
        return new SelectionReport(task, classes, matching.uncovered(),
                models.stream().map(LabeledModel::id).toList(), cost(classes), provenance);
    }

    private ClassReport classReport(TaskMatching matching, int y) {
        int[] nodes = matching.matching().nodes()[y];
        double[] sims = matching.matching().similarities()[y];
        List<NodeMatch> matches = new ArrayList<>();
        for (int j = 0; j < nodes.length; j++) {
            Synset s = graph.nodes().get(nodes[j]);
            matches.add(new NodeMatch(s.id(), s.name(), s.gloss(), sims[j], graph.images(s.id()).size()));
        }
        List<Integer> ranking = scores.ranking(y);
        int k = Math.min(config.k(), ranking.size());
        int runnersUp = Math.min(Selector.RUNNERS_UP, ranking.size() - k);
        double lastChosen = scores.scores()[ranking.get(k - 1)][y];
        double firstRunnerUp = runnersUp > 0 ? scores.scores()[ranking.get(k)][y] : Double.NaN;
        List<ModelScore> chosen = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int m = ranking.get(i);
            chosen.add(score(m, i, y, runnersUp > 0 ? scores.scores()[m][y] - firstRunnerUp : 0));
        }
        List<ModelScore> behind = new ArrayList<>();
        for (int i = k; i < k + runnersUp; i++) {
            int m = ranking.get(i);
            behind.add(score(m, i, y, lastChosen - scores.scores()[m][y]));
        }
        return new ClassReport(matching.classes().get(y), matching.classTexts().get(y), matching.pinned().get(y),
                !matching.isUncovered(y), matches, chosen, behind);
    }

    private ModelScore score(int m, int position, int y, double margin) {
        return new ModelScore(models.get(m).id(), position + 1, scores.scores()[m][y], scores.classScores()[m][y],
                margin);
    }

    private Cost cost(List<ClassReport> classes) {
        LinkedHashSet<String> selected = new LinkedHashSet<>();
        classes.forEach(c -> c.chosen().forEach(s -> selected.add(s.model())));
        Map<String, LabeledModel> byId = models.stream()
                .collect(Collectors.toMap(LabeledModel::id, Function.identity()));
        double ms = 0;
        long params = 0;
        List<String> unmeasured = new ArrayList<>();
        for (String id : selected) {
            CostProfile p = byId.get(id).entry().manifest().costProfile();
            if (p == null || p.msPerImage() == null || p.params() == null) {
                unmeasured.add(id);
            }
            if (p != null) {
                ms += p.msPerImage() == null ? 0 : p.msPerImage();
                params += p.params() == null ? 0 : p.params();
            }
        }
        return new Cost(List.copyOf(selected), ms, params, unmeasured);
    }

    private static String version() {
        String v = ReportAssembler.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
