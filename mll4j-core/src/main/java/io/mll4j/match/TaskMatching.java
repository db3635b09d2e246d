package io.mll4j.match;

import io.mll4j.exception.TaskException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A task's classes matched to graph nodes: the {@link NodeMatching} (node indices in graph order) plus what the
 * matching was made of. Pinned classes have their pin first with similarity {@value TaskMatcher#PINNED_SIMILARITY}.
 *
 * @param classes    task classes, in order (rows of {@code matching})
 * @param classTexts per class, the text that was embedded (or a description of the captions averaged)
 * @param pinned     per class, whether its first node is a pin
 * @param matching   per class, its top-n nodes and similarities
 * @param uncovered  classes whose best match is below the threshold (pinned classes never are)
 * @param settings   how the matching was made
 */
public record TaskMatching(List<String> classes, List<String> classTexts, List<Boolean> pinned,
                           NodeMatching matching, List<UncoveredClass> uncovered, MatchSettings settings) {
    public TaskMatching {
        classes = List.copyOf(classes);
        classTexts = List.copyOf(classTexts);
        pinned = List.copyOf(pinned);
        uncovered = List.copyOf(uncovered);
    }

    /** Whether a class (by position) is uncovered. */
    public boolean isUncovered(int classIndex) {
        String c = classes.get(classIndex);
        return uncovered.stream().anyMatch(u -> u.className().equals(c));
    }

    /**
     * @throws TaskException naming every uncovered class with its best match, when there is one
     */
    public TaskMatching requireCovered() {
        if (!uncovered.isEmpty()) {
            throw new TaskException(uncovered.size() + " class(es) not covered by the graph: "
                    + uncovered.stream().map(u -> String.format("'%s' (best node %s '%s' at similarity %.1f < %.1f)",
                            u.className(), u.bestNode(), u.bestName(), u.similarity(), u.threshold()))
                    .collect(Collectors.joining(", "))
                    + "; give captions or pin a synset for them, lower the threshold, or allow uncovered classes");
        }
        return this;
    }
}
