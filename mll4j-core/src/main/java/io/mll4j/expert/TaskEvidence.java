package io.mll4j.expert;

import io.mll4j.graph.SemanticGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The task's labeled data, taken from the graph (no target images): each class's node evidence under the hierarchy
 * discount. An image reachable from several classes' nodes (nested classes such as dog and puppy, or a node with
 * two hypernyms) belongs to one class only: the one holding it at the smallest distance, then the more specific
 * class (a descendant of the other), then the earlier class. Rows are grouped by class, in task order.
 *
 * @param classCount  number of task classes
 * @param images      per evidence row, the image index (into the labeled image list)
 * @param classes     per row, its true task class
 * @param weights     per row, its weight γ^distance
 * @param classWeight per class, the sum of its rows' weights (0: no evidence for that class)
 */
public record TaskEvidence(int classCount, int[] images, int[] classes, double[] weights, double[] classWeight) {

    /**
     * Collects the evidence of every task class.
     *
     * @param graph    the SDAG
     * @param discount the hierarchy discount over the same graph and images
     * @param task     the task's classes and nodes
     * @return the evidence
     */
    public static TaskEvidence of(SemanticGraph graph, HierarchyDiscount discount, TaskClasses task) {
        int[] nodes = task.nodeIndices(graph);
        WeightedImages[] perClass = new WeightedImages[task.size()];
        Map<Integer, List<int[]>> holders = new HashMap<>(); // image -> {class, distance}
        for (int y = 0; y < perClass.length; y++) {
            perClass[y] = discount.evidence(nodes[y]);
            for (int i = 0; i < perClass[y].size(); i++) {
                holders.computeIfAbsent(perClass[y].images()[i], k -> new ArrayList<>(1))
                        .add(new int[]{y, perClass[y].distances()[i]});
            }
        }
        List<Integer> imageList = new ArrayList<>();
        List<Integer> classList = new ArrayList<>();
        List<Double> weightList = new ArrayList<>();
        double[] classWeight = new double[task.size()];
        for (int y = 0; y < perClass.length; y++) {
            for (int i = 0; i < perClass[y].size(); i++) {
                int image = perClass[y].images()[i];
                if (owner(graph, task, holders.get(image)) == y) {
                    imageList.add(image);
                    classList.add(y);
                    weightList.add(perClass[y].weights()[i]);
                    classWeight[y] += perClass[y].weights()[i];
                }
            }
        }
        return new TaskEvidence(task.size(), imageList.stream().mapToInt(Integer::intValue).toArray(),
                classList.stream().mapToInt(Integer::intValue).toArray(),
                weightList.stream().mapToDouble(Double::doubleValue).toArray(), classWeight);
    }

    /** Number of evidence rows. */
    public int size() {
        return images.length;
    }

    /** Whether class {@code y} has any evidence. */
    public boolean hasEvidence(int y) {
        return classWeight[y] > 0;
    }

    private static int owner(SemanticGraph graph, TaskClasses task, List<int[]> holders) {
        if (holders.size() == 1) {
            return holders.get(0)[0];
        }
        int nearest = holders.stream().mapToInt(h -> h[1]).min().orElseThrow();
        List<Integer> tied = holders.stream().filter(h -> h[1] == nearest).map(h -> h[0]).sorted().toList();
        return tied.size() == 1 ? tied.get(0) : HeadCoverage.mostSpecific(graph, tied, task);
    }
}
