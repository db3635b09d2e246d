package io.mll4j.bench;

import io.mll4j.exception.DataException;

/**
 * One data-set class whose TEST images stand for (part of) a task class, written {@code dataset/classId} in
 * {@code bench/tasks.json}, e.g. {@code cifar10/automobile}.
 *
 * @param dataset a data set of the catalog ({@code cifar10}, {@code fashion-mnist}, {@code mnist})
 * @param classId the class's folder-safe id in that data set
 */
public record ClassSource(String dataset, String classId) {

    /** Parses {@code dataset/classId}. */
    public static ClassSource parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            throw new DataException("Image source '" + text + "' must be written dataset/classId, e.g. cifar10/cat");
        }
        return new ClassSource(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return dataset + "/" + classId;
    }
}
