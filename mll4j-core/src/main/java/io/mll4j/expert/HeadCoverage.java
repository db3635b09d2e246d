package io.mll4j.expert;

import io.mll4j.graph.SemanticGraph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one classification head speaks about a task (paper A's coverage). Head label l covers class y when l's synset
 * is y's node or a descendant of it; the head's probability of y is the sum over the labels assigned to y. Each
 * label is assigned to one class only — the nearest covering class, so nested task classes (dog, puppy) do not count
 * the same mass twice — or to the {@code other} outcome when it covers no class (its synset is above, beside or
 * outside the task's nodes). A label above the task's nodes may answer for a class by generalisation, for the
 * classes allowed to generalise: when exactly one task class lies below it, at most {@code generalize} hyponym edges
 * down, the label stands for that class (a "cat" head label for the task class "tabby cat": in a task whose only cat
 * is the tabby, "cat" can only mean it). The head's outcomes are its covered classes in task order, then {@code other} if some label falls there.
 *
 * @param classCount   number of task classes
 * @param labelOutcome per head label, the outcome it adds to
 * @param outcomeClass per outcome, the task class it stands for, or {@link #OTHER}
 */
public record HeadCoverage(int classCount, int[] labelOutcome, int[] outcomeClass) {
    /** The class index of the "other" outcome: mass on labels covering no task class. */
    public static final int OTHER = -1;

    /** The coverage of an expert's head without generalisation. */
    public static HeadCoverage of(SemanticGraph graph, List<String> labelSynsets, TaskClasses task) {
        return of(graph, labelSynsets, task, 0, java.util.Set.of());
    }

    /**
     * The coverage of an expert's head.
     *
     * @param graph        the SDAG
     * @param labelSynsets per head label in output order, its synset id ({@code null}: unmapped)
     * @param task         the task's classes and nodes
     * @param generalize   the most hyponym edges between a label and the one task class below it that it answers for
     *                     (0: none)
     * @param generalizable the classes (task indices) a label above them may answer for
     * @return the coverage; labels whose synset is not a graph node fall to {@code other}
     */
    public static HeadCoverage of(SemanticGraph graph, List<String> labelSynsets, TaskClasses task, int generalize,
                                  java.util.Set<Integer> generalizable) {
        Map<String, Integer> classOfNode = new HashMap<>();
        for (int y = 0; y < task.size(); y++) {
            classOfNode.put(task.nodeIds().get(y), y);
        }
        int[] labelClass = new int[labelSynsets.size()];
        for (int l = 0; l < labelClass.length; l++) {
            String synset = labelSynsets.get(l);
            labelClass[l] = synset == null || !graph.contains(synset) ? OTHER
                    : nearestCoveringClass(graph, synset, classOfNode, task);
            if (labelClass[l] == OTHER && synset != null && graph.contains(synset) && generalize > 0) {
                int y = onlyClassBelow(graph, synset, classOfNode, generalize);
                labelClass[l] = generalizable.contains(y) ? y : OTHER;
            }
        }
        return fromLabelClasses(task.size(), labelClass);
    }

    /** A head whose outputs are the task classes themselves (a VLM asked about the class names). */
    public static HeadCoverage allClasses(int classCount) {
        int[] identity = new int[classCount];
        Arrays.setAll(identity, y -> y);
        return fromLabelClasses(classCount, identity);
    }

    /** Number of outcomes. */
    public int outcomeCount() {
        return outcomeClass.length;
    }

    /** Number of head labels. */
    public int headSize() {
        return labelOutcome.length;
    }

    /** The outcome standing for class {@code y}, or -1 when the head does not cover it. */
    public int outcomeOf(int y) {
        for (int o = 0; o < outcomeClass.length; o++) {
            if (outcomeClass[o] == y) {
                return o;
            }
        }
        return -1;
    }

    public boolean covers(int y) {
        return outcomeOf(y) >= 0;
    }

    /** Whether some task class is covered. */
    public boolean coversAny() {
        return Arrays.stream(outcomeClass).anyMatch(c -> c != OTHER);
    }

    /**
     * The head's output as a distribution over its outcomes.
     *
     * @param labelProbabilities the head's probabilities over its labels
     * @param hard               one-hot at the outcome of the top label (ties: the earlier label) instead of sums
     */
    public double[] project(double[] labelProbabilities, boolean hard) {
        if (labelProbabilities.length != labelOutcome.length) {
            throw new IllegalArgumentException("head output has " + labelProbabilities.length + " values, the head "
                    + labelOutcome.length + " labels");
        }
        double[] q = new double[outcomeClass.length];
        if (hard) {
            int top = 0;
            for (int l = 1; l < labelProbabilities.length; l++) {
                if (labelProbabilities[l] > labelProbabilities[top]) {
                    top = l;
                }
            }
            q[labelOutcome[top]] = 1;
            return q;
        }
        for (int l = 0; l < labelProbabilities.length; l++) {
            q[labelOutcome[l]] += labelProbabilities[l];
        }
        return q;
    }

    private static HeadCoverage fromLabelClasses(int classCount, int[] labelClass) {
        boolean[] covered = new boolean[classCount];
        boolean other = false;
        for (int c : labelClass) {
            if (c == OTHER) {
                other = true;
            } else {
                covered[c] = true;
            }
        }
        int[] outcomeClass = new int[(int) java.util.stream.IntStream.range(0, classCount).filter(y -> covered[y]).count()
                + (other ? 1 : 0)];
        int[] outcomeOfClass = new int[classCount];
        int o = 0;
        for (int y = 0; y < classCount; y++) {
            if (covered[y]) {
                outcomeOfClass[y] = o;
                outcomeClass[o++] = y;
            }
        }
        if (other) {
            outcomeClass[o] = OTHER;
        }
        int otherOutcome = o;
        int[] labelOutcome = Arrays.stream(labelClass).map(c -> c == OTHER ? otherOutcome : outcomeOfClass[c]).toArray();
        return new HeadCoverage(classCount, labelOutcome, outcomeClass);
    }

    /** Breadth-first up from the label's synset; the first level holding task nodes decides, specific class first. */
    private static int nearestCoveringClass(SemanticGraph graph, String synset, Map<String, Integer> classOfNode,
                                            TaskClasses task) {
        ArrayDeque<String> level = new ArrayDeque<>(List.of(synset));
        java.util.Set<String> seen = new java.util.HashSet<>(level);
        while (!level.isEmpty()) {
            List<Integer> found = level.stream().filter(classOfNode::containsKey).map(classOfNode::get).sorted().toList();
            if (!found.isEmpty()) {
                return mostSpecific(graph, found, task);
            }
            ArrayDeque<String> next = new ArrayDeque<>();
            for (String node : level) {
                for (String parent : graph.parents(node)) {
                    if (seen.add(parent)) {
                        next.add(parent);
                    }
                }
            }
            level = next;
        }
        return OTHER;
    }

    /**
     * The one task class below a label, if it is at most {@code hops} edges down; {@link #OTHER} when none is, or when
     * two or more classes lie below the label at any depth (the label cannot say which it means).
     */
    private static int onlyClassBelow(SemanticGraph graph, String synset, Map<String, Integer> classOfNode,
                                      int hops) {
        List<Integer> below = graph.descendants(synset).stream().filter(classOfNode::containsKey)
                .map(classOfNode::get).distinct().toList();
        if (below.size() != 1) {
            return OTHER;
        }
        java.util.Set<String> level = java.util.Set.of(synset);
        for (int d = 1; d <= hops; d++) {
            java.util.Set<String> next = new java.util.HashSet<>();
            level.forEach(n -> next.addAll(graph.children(n)));
            for (String n : next) {
                Integer y = classOfNode.get(n);
                if (y != null) {
                    return y;
                }
            }
            level = next;
        }
        return OTHER;
    }

    /** Among classes at the same distance, one with no other of them below it (then the earliest). */
    static int mostSpecific(SemanticGraph graph, List<Integer> classes, TaskClasses task) {
        for (int c : classes) {
            var below = graph.descendants(task.nodeIds().get(c));
            if (classes.stream().noneMatch(o -> o != c && below.contains(task.nodeIds().get(o)))) {
                return c;
            }
        }
        return classes.get(0);
    }
}
