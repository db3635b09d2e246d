package io.mll4j.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.exception.DataException;

import java.util.List;

/**
 * A class of a benchmark task: its name as a user would type it, and the data-set classes whose TEST images score it
 * (several for a coarse class such as "footwear").
 *
 * @param name   the class name the methods see
 * @param images the backing classes, {@code dataset/classId}
 * @param pin    optional WordNet 3.0 noun synset the class is pinned to (as {@code mll select --pin})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchClass(String name, List<String> images, String pin) {
    public BenchClass {
        if (name == null || name.isBlank()) {
            throw new DataException("A benchmark class needs a name");
        }
        if (images == null || images.isEmpty()) {
            throw new DataException("Benchmark class '" + name + "' needs at least one image source (dataset/classId)");
        }
        images = List.copyOf(images);
        images.forEach(ClassSource::parse);
    }

    /** The backing classes, parsed. */
    public List<ClassSource> sources() {
        return images.stream().map(ClassSource::parse).toList();
    }
}
