package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A data set's classes as listed in {@code datasets.json}: folder-safe ids and display names, in label-index order.
 *
 * @param id          data set id, e.g. {@code cifar10}
 * @param displayName human-readable name
 * @param classes     classes in label-index order
 */
public record DatasetDescriptor(String id, String displayName, List<ClassInfo> classes) {

    /** One class: folder-safe {@code id} and display {@code name}. */
    public record ClassInfo(String id, String name) {
    }

    public DatasetDescriptor {
        classes = List.copyOf(classes);
    }

    public List<String> classIds() {
        return classes.stream().map(ClassInfo::id).toList();
    }

    public List<String> classNames() {
        return classes.stream().map(ClassInfo::name).toList();
    }

    private record File(int version, List<DatasetDescriptor> datasets) {
    }

    /** Reads every descriptor of a {@code datasets.json}. */
    public static List<DatasetDescriptor> readAll(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + " is missing: run `mll data setup`");
        }
        File f = Json.read(file, File.class);
        if (f.datasets() == null) {
            throw new DataException(file + ": no \"datasets\" array");
        }
        return List.copyOf(f.datasets());
    }
}
