package io.mll4j.expert;

import io.mll4j.graph.SemanticGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's classes and the graph node each one is matched to (the SDAG node whose images stand in for the class).
 *
 * @param names   class names, in task order
 * @param nodeIds per class, the synset id of its node
 */
public record TaskClasses(List<String> names, List<String> nodeIds) {

    public TaskClasses {
        names = List.copyOf(names);
        nodeIds = List.copyOf(nodeIds);
        if (names.isEmpty() || names.size() != nodeIds.size()) {
            throw new IllegalArgumentException("a task needs one node per class: " + names.size() + " names, "
                    + nodeIds.size() + " nodes");
        }
        Map<String, String> classOfNode = new HashMap<>();
        for (int y = 0; y < names.size(); y++) {
            String other = classOfNode.putIfAbsent(nodeIds.get(y), names.get(y));
            if (other != null) {
                // Two classes on one node would share every image: their evidence could not tell them apart.
                throw new IllegalArgumentException("classes '" + other + "' and '" + names.get(y)
                        + "' are matched to the same node " + nodeIds.get(y) + "; give them distinct nodes");
            }
        }
    }

    /** Number of classes. */
    public int size() {
        return names.size();
    }

    /** Name of class {@code y}. */
    public String name(int y) {
        return names.get(y);
    }

    /**
     * The classes' node positions in {@code graph}.
     *
     * @throws io.mll4j.exception.UnknownSynsetException naming a node that is not in the graph
     */
    public int[] nodeIndices(SemanticGraph graph) {
        return nodeIds.stream().mapToInt(graph::indexOf).toArray();
    }
}
