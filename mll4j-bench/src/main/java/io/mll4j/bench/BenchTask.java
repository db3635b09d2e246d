package io.mll4j.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.exception.DataException;
import io.mll4j.task.Task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One task of the suite: class names as a user would type them, each backed by data-set TEST images for scoring.
 *
 * @param name        file-name safe id ({@code [a-z0-9][a-z0-9-]*}), used in run file names
 * @param description what the task tests, for the results document
 * @param classes     the classes, in task order
 * @param perClass    test images scored per class ({@code null}: the suite's default); a class backed by several
 *                    data-set classes takes an equal share from each
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchTask(String name, String description, List<BenchClass> classes, Integer perClass) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public BenchTask {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DataException("Benchmark task name '" + name + "' is invalid: use [a-z0-9][a-z0-9-]*");
        }
        if (classes == null || classes.isEmpty()) {
            throw new DataException("Benchmark task '" + name + "' has no classes");
        }
        classes = List.copyOf(classes);
        if (perClass != null && perClass < 1) {
            throw new DataException("Benchmark task '" + name + "': perClass must be >= 1, got " + perClass);
        }
    }

    /** The class names, in task order. */
    @JsonIgnore
    public List<String> classNames() {
        return classes.stream().map(BenchClass::name).toList();
    }

    /** The task as the pipeline sees it: names and pins only (validated like any user task). */
    public Task toTask() {
        Map<String, String> pins = new LinkedHashMap<>();
        classes.stream().filter(c -> c.pin() != null).forEach(c -> pins.put(c.name(), c.pin()));
        return new Task(name, classNames(), null, pins, null, null);
    }

    /** Images scored per class under a suite default. */
    public int perClassOr(int suiteDefault) {
        return perClass != null ? perClass : suiteDefault;
    }
}
