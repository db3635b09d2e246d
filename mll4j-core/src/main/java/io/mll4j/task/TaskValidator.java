package io.mll4j.task;

import io.mll4j.exception.TaskException;
import io.mll4j.graph.Synset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a task against a lexicon before anything is embedded: every pin must name a synset of the lexicon, and
 * every class must be resolvable somehow (a lexicon match, captions or a pin). All problems are reported at once.
 */
public final class TaskValidator {
    private TaskValidator() {
    }

    /**
     * Validates the task and resolves its classes.
     *
     * @param task     the task
     * @param resolver lexicon access
     * @return per class (task order), its candidate synsets best first; a pinned class has its pin first
     * @throws TaskException naming every unknown class and every bad pin
     */
    public static Map<String, List<Synset>> resolve(Task task, ClassResolver resolver) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Synset>> resolved = new LinkedHashMap<>();
        for (String c : task.classes()) {
            List<Synset> candidates = new ArrayList<>(resolver.candidates(c));
            String pin = task.pinOf(c).orElse(null);
            if (pin != null) {
                Synset pinned = resolver.synset(pin).orElse(null);
                if (pinned == null) {
                    problems.add("class '" + c + "' is pinned to " + pin + ", which is not a known noun synset");
                    continue;
                }
                candidates.remove(pinned);
                candidates.addFirst(pinned);
            } else if (candidates.isEmpty() && task.captionsOf(c).isEmpty()) {
                problems.add("unknown class name '" + c + "': no WordNet noun matches it; give captions "
                        + "(--captions) or pin a synset (--pin '" + c + "=n01234567')");
                continue;
            }
            resolved.put(c, List.copyOf(candidates));
        }
        if (!problems.isEmpty()) {
            throw new TaskException("Task '" + task.name() + "' is invalid: " + String.join("; ", problems));
        }
        return resolved;
    }
}
