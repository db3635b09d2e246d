package io.mll4j.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * Which heads cover each task class, and how well each covers it alone (its estimated accuracy on the class's node
 * evidence); plus the classes no head covers.
 *
 * @param classes   per task class, its covering heads in hub order
 * @param uncovered names of the classes no head covers, in task order
 */
public record CoverageReport(List<ClassCoverage> classes, List<String> uncovered) {

    /** One head's estimated accuracy on one class when used alone (NaN: the class has no evidence). */
    public record HeadAccuracy(String headId, double accuracy) {
    }

    /** The covering heads of one class. */
    public record ClassCoverage(String className, String nodeId, List<HeadAccuracy> heads) {
        public ClassCoverage {
            heads = List.copyOf(heads);
        }
    }

    public CoverageReport {
        classes = List.copyOf(classes);
        uncovered = List.copyOf(uncovered);
    }

    /** The coverage of the task by every head of the evaluator. */
    public static CoverageReport ofAll(CombinationEvaluator evaluator) {
        return of(evaluator, java.util.stream.IntStream.range(0, evaluator.headCount()).toArray());
    }

    /**
     * The coverage of the task by the given heads.
     *
     * @param evaluator the task's combination model
     * @param chosen    head indices, in hub order (none: every class is uncovered)
     */
    public static CoverageReport of(CombinationEvaluator evaluator, int... chosen) {
        TaskClasses task = evaluator.task();
        List<List<HeadAccuracy>> perClass = new ArrayList<>();
        for (int y = 0; y < task.size(); y++) {
            perClass.add(new ArrayList<>());
        }
        for (int h : chosen) {
            TaskHead head = evaluator.head(h);
            if (!head.coverage().coversAny()) {
                continue;
            }
            CombinationEstimate alone = evaluator.estimate(h);
            for (int y = 0; y < task.size(); y++) {
                if (head.coverage().covers(y)) {
                    perClass.get(y).add(new HeadAccuracy(head.id(), alone.accuracy(y)));
                }
            }
        }
        List<ClassCoverage> classes = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (int y = 0; y < task.size(); y++) {
            classes.add(new ClassCoverage(task.name(y), task.nodeIds().get(y), perClass.get(y)));
            if (perClass.get(y).isEmpty()) {
                uncovered.add(task.name(y));
            }
        }
        return new CoverageReport(classes, uncovered);
    }
}
