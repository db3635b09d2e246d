package io.mll4j.bench;

import io.mll4j.exception.DataException;
import io.mll4j.exception.Mll4jException;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's tasks as data ({@code bench/tasks.json}): {@code {"version": 1, "perClass": N, "tasks": [...]}}.
 *
 * @param version  format version (1)
 * @param perClass default test images scored per class
 * @param tasks    the tasks, in report order
 */
public record TaskSuite(int version, int perClass, List<BenchTask> tasks) {
    /** The suite shipped with the repository, relative to its root. */
    public static final String DEFAULT_FILE = "bench/tasks.json";

    public TaskSuite {
        if (version != 1) {
            throw new DataException("Task suite version " + version + " is not supported (expected 1)");
        }
        if (perClass < 1) {
            throw new DataException("Task suite perClass must be >= 1, got " + perClass);
        }
        if (tasks == null || tasks.isEmpty()) {
            throw new DataException("The task suite has no tasks");
        }
        tasks = List.copyOf(tasks);
        Set<String> names = new HashSet<>();
        for (BenchTask t : tasks) {
            if (!names.add(t.name())) {
                throw new DataException("Benchmark task '" + t.name() + "' is defined twice");
            }
            t.toTask(); // class names: non-empty, no duplicates, pins well-formed
        }
    }

    /** Reads and validates a suite file. */
    public static TaskSuite read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Task suite " + file + " does not exist");
        }
        try {
            return Json.read(file, TaskSuite.class);
        } catch (Mll4jException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new DataException("Task suite " + file + " is invalid: " + root.getMessage(), e);
        }
    }

    /** The named tasks in suite order (all when {@code names} is empty). */
    public List<BenchTask> select(List<String> names) {
        if (names.isEmpty()) {
            return tasks;
        }
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(tasks.stream().map(BenchTask::name).toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown task(s) " + unknown + "; the suite has "
                    + tasks.stream().map(BenchTask::name).toList());
        }
        return tasks.stream().filter(t -> names.contains(t.name())).toList();
    }

    /**
     * Checks every image source against the data sets' class ids.
     *
     * @param classIds per data set id, its class ids
     * @throws DataException naming the task, class and source of the first bad reference
     */
    public void checkSources(Map<String, List<String>> classIds) {
        for (BenchTask t : tasks) {
            for (BenchClass c : t.classes()) {
                for (ClassSource s : c.sources()) {
                    List<String> ids = classIds.get(s.dataset());
                    if (ids == null) {
                        throw new DataException("Task '" + t.name() + "', class '" + c.name() + "': unknown data set '"
                                + s.dataset() + "' (known: " + classIds.keySet() + ")");
                    }
                    if (!ids.contains(s.classId())) {
                        throw new DataException("Task '" + t.name() + "', class '" + c.name() + "': data set '"
                                + s.dataset() + "' has no class '" + s.classId() + "' (classes: " + ids + ")");
                    }
                }
            }
        }
    }
}
