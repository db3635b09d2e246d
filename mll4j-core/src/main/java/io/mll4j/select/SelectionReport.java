package io.mll4j.select;

import io.mll4j.label.LabelKey;
import io.mll4j.match.MatchSettings;
import io.mll4j.match.UncoveredClass;
import io.mll4j.task.Task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything a selection decided and why, immutable and traceable: per class the matched nodes, the chosen models
 * with their scores, the runners-up and by how much they lost; the uncovered classes; the cost of the selected set;
 * and the provenance (graph version, label keys, switches, time). Written as JSON and Markdown by
 * {@link SelectionFiles}.
 *
 * @param task       the task selected for
 * @param classes    per class, in task order
 * @param uncovered  classes the graph does not cover (only present when they were allowed)
 * @param candidates the models scored, in hub order
 * @param cost       cost of the selected models
 * @param provenance what the selection was made from
 */
public record SelectionReport(Task task, List<ClassReport> classes, List<UncoveredClass> uncovered,
                              List<String> candidates, Cost cost, Provenance provenance) {
    public SelectionReport {
        classes = List.copyOf(classes);
        uncovered = List.copyOf(uncovered);
        candidates = List.copyOf(candidates);
    }

    /**
     * One class.
     *
     * @param name      class name
     * @param text      the text matched (or what captions were averaged)
     * @param pinned    whether its first node is a pin
     * @param covered   whether its best match reached the threshold
     * @param nodes     its top-n nodes, best first
     * @param chosen    the k models chosen, best first
     * @param runnersUp the next models by reuse score (up to {@link Selector#RUNNERS_UP})
     */
    public record ClassReport(String name, String text, boolean pinned, boolean covered, List<NodeMatch> nodes,
                              List<ModelScore> chosen, List<ModelScore> runnersUp) {
        public ClassReport {
            nodes = List.copyOf(nodes);
            chosen = List.copyOf(chosen);
            runnersUp = List.copyOf(runnersUp);
        }
    }

    /**
     * A matched graph node.
     *
     * @param id         synset id
     * @param name       synset name
     * @param gloss      WordNet gloss
     * @param similarity S[y,u] = 100·cos (a pin has {@value io.mll4j.match.TaskMatcher#PINNED_SIMILARITY})
     * @param images     the node's image count |X_u|
     */
    public record NodeMatch(String id, String name, String gloss, double similarity, int images) {
    }

    /**
     * A model's score for one class.
     *
     * @param model      hub id
     * @param rank       1-based rank among all candidates for the class
     * @param reuseScore r[m,y] = α·s[m,y] + (1−α)·global mean
     * @param classScore s[m,y] before the global term
     * @param margin     for a chosen model, its lead over the best runner-up; for a runner-up, how far it is below
     *                   the last chosen model (both ≥ 0, in reuse-score units)
     */
    public record ModelScore(String model, int rank, double reuseScore, double classScore, double margin) {
    }

    /**
     * What running the selected models costs per image, from the admission measurements in their manifests.
     *
     * @param models     the distinct selected models, first-chosen first
     * @param msPerImage sum of their measured ms/image (models without a measurement count 0)
     * @param params     sum of their parameter counts (likewise)
     * @param unmeasured selected models without a measured ms/image or parameter count
     */
    public record Cost(List<String> models, double msPerImage, long params, List<String> unmeasured) {
        public Cost {
            models = List.copyOf(models);
            unmeasured = List.copyOf(unmeasured);
        }
    }

    /**
     * Where the selection comes from.
     *
     * @param graphVersion version of the graph
     * @param graphNodes   its node count
     * @param labels       the label of every candidate
     * @param variant      the variant whose defaults were used ({@code paper} or {@code code})
     * @param config       the selection switches as applied
     * @param matching     the matching settings as applied
     * @param createdAt    ISO-8601 time
     * @param version      mll4j version ({@code dev} outside a release)
     */
    public record Provenance(String graphVersion, int graphNodes, List<LabelKey> labels, MethodVariant variant,
                             SelectionConfig config, MatchSettings matching, String createdAt, String version) {
        public Provenance {
            labels = List.copyOf(labels);
        }
    }

    /** The official output: class → chosen model ids, in task order. */
    public Map<String, List<String>> selected() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ClassReport c : classes) {
            out.put(c.name(), c.chosen().stream().map(ModelScore::model).toList());
        }
        return Collections.unmodifiableMap(out);
    }

    /** The distinct selected models, in the order they are first chosen. */
    public List<String> selectedModels() {
        LinkedHashSet<String> models = new LinkedHashSet<>();
        selected().values().forEach(models::addAll);
        return List.copyOf(models);
    }
}
