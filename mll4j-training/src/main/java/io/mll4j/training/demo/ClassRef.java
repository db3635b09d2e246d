package io.mll4j.training.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * One class of one data set, written {@code dataset/classId} (e.g. {@code cifar10/cat}, {@code mnist/7}).
 *
 * @param dataset data set id of the {@link io.mll4j.data.DatasetCatalog}
 * @param classId folder-safe class id of that data set
 */
public record ClassRef(String dataset, String classId) {

    public ClassRef {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(classId, "classId");
        if (dataset.isBlank() || classId.isBlank() || dataset.contains("/")) {
            throw new IllegalArgumentException("class reference needs a data set and a class id, got '"
                    + dataset + "/" + classId + "'");
        }
    }

    /** Parses {@code dataset/classId}. */
    @JsonCreator
    public static ClassRef parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("class reference '" + text + "' is not of the form dataset/classId");
        }
        return new ClassRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return dataset + "/" + classId;
    }
}
