package io.mll4j.combine;

import io.mll4j.exception.TaskException;
import io.mll4j.expert.TaskClasses;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.match.TaskMatching;
import io.mll4j.select.SelectionReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which graph node stands for each task class in paper A: one node per class, from the class's top-n matched nodes
 * (paper B's matching). A node is preferred when it has at least {@code minImages} images and is not a hypernym of the
 * class's best-matched node: a class's evidence is its node's images, and a node with a handful of them gives no
 * usable confusion or estimate (the word "footwear" matches the 3-image sense "clothing worn on a person's feet" at
 * 100 and the 75-image "covering for a person's feet" at 92), while a hypernym's images are mostly other classes
 * ("red" must not become "chromatic color"). Classes are given nodes by descending similarity over all (class, node)
 * pairs, each node to one class only; a class whose preferred nodes are all taken gets its best remaining node.
 */
public final class ClassNodes {
    /** Default least images of a preferred node. */
    public static final int DEFAULT_MIN_IMAGES = 10;

    private ClassNodes() {
    }

    /**
     * A matched node of a class.
     *
     * @param id         synset id
     * @param similarity S[y,u]
     * @param images     its image count
     * @param hypernym   whether it is a hypernym (ancestor) of the class's best-matched node
     */
    public record Candidate(String id, double similarity, int images, boolean hypernym) {
    }

    /** The task's classes on their nodes, from a matching ({@link #choose(List, List, int)}). */
    public static TaskClasses choose(SemanticGraph graph, TaskMatching matching, int minImages) {
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int y = 0; y < matching.classes().size(); y++) {
            List<Candidate> row = new ArrayList<>();
            int[] nodes = matching.matching().nodes()[y];
            var above = graph.ancestors(graph.nodes().get(nodes[0]).id());
            for (int j = 0; j < nodes.length; j++) {
                String id = graph.nodes().get(nodes[j]).id();
                row.add(new Candidate(id, matching.matching().similarities()[y][j], graph.images(id).size(),
                        above.contains(id)));
            }
            candidates.add(row);
        }
        return choose(matching.classes(), candidates, minImages);
    }

    /** The task's classes on their nodes, from a paper-B report's matched nodes (on {@code graph}). */
    public static TaskClasses choose(SelectionReport report, SemanticGraph graph, int minImages) {
        List<List<Candidate>> candidates = new ArrayList<>();
        for (SelectionReport.ClassReport c : report.classes()) {
            var above = graph.ancestors(c.nodes().getFirst().id());
            candidates.add(c.nodes().stream().map(n -> new Candidate(n.id(), n.similarity(), n.images(),
                    above.contains(n.id()))).toList());
        }
        return choose(report.classes().stream().map(SelectionReport.ClassReport::name).toList(), candidates,
                minImages);
    }

    /**
     * The task's classes on their nodes.
     *
     * @param classes    class names, in task order
     * @param candidates per class, its matched nodes, best first
     * @param minImages  least images of a preferred node (0: always the best-matched free node)
     * @return the classes with their nodes
     * @throws TaskException naming a class left without a node (all its matched nodes taken by other classes)
     */
    public static TaskClasses choose(List<String> classes, List<List<Candidate>> candidates, int minImages) {
        String[] chosen = new String[classes.size()];
        Set<String> taken = new HashSet<>();
        for (boolean preferredOnly : new boolean[]{true, false}) {
            List<int[]> pairs = new ArrayList<>(); // {class, rank}
            for (int y = 0; y < classes.size(); y++) {
                for (int j = 0; j < candidates.get(y).size() && chosen[y] == null; j++) {
                    Candidate c = candidates.get(y).get(j);
                    if (!preferredOnly || (c.images() >= minImages && !c.hypernym())) {
                        pairs.add(new int[]{y, j});
                    }
                }
            }
            // best similarity first; ties: earlier class, then its better-ranked node
            pairs.sort(Comparator.<int[]>comparingDouble(p -> -candidates.get(p[0]).get(p[1]).similarity())
                    .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
            for (int[] p : pairs) {
                String node = candidates.get(p[0]).get(p[1]).id();
                if (chosen[p[0]] == null && taken.add(node)) {
                    chosen[p[0]] = node;
                }
            }
        }
        for (int y = 0; y < classes.size(); y++) {
            if (chosen[y] == null) {
                throw new TaskException("Class '" + classes.get(y) + "' has no graph node of its own: its "
                        + candidates.get(y).size() + " matched nodes all stand for other classes of the task; pin it "
                        + "to a synset (--pin \"" + classes.get(y) + "=n…\") or match more nodes (--n)");
            }
        }
        return new TaskClasses(classes, List.of(chosen));
    }
}
