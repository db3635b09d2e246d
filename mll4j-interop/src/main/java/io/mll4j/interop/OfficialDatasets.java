package io.mll4j.interop;

import io.mll4j.exception.DataException;
import io.mll4j.task.Task;
import io.mll4j.task.TaskFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The official per-dataset task inputs under {@code caption_gen/}: {@code classnames/{dataset}.txt} (class order)
 * and {@code captions/{dataset}.json} ({@code {class: [≈10 captions]}}), read through {@link TaskFiles}.
 */
public final class OfficialDatasets {
    private OfficialDatasets() {
    }

    /** Dataset names that have a class-name file, sorted. */
    public static List<String> names(Path captionGen) {
        Path dir = captionGen.resolve("classnames");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new DataException("Cannot list official class-name files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A dataset as a task: classes in class-file order, with its captions when the caption file exists.
     *
     * @throws DataException if the caption file names other classes than the class file
     */
    public static Task task(Path captionGen, String dataset) {
        Path classFile = captionGen.resolve("classnames").resolve(dataset + ".txt");
        Task classes = TaskFiles.fromClassFile(classFile);
        Path captionFile = captionGen.resolve("captions").resolve(dataset + ".json");
        if (!Files.isRegularFile(captionFile)) {
            return classes;
        }
        Map<String, List<String>> captions = TaskFiles.fromCaptionJson(captionFile).captions();
        Set<String> named = new HashSet<>(classes.classes());
        if (!named.equals(captions.keySet())) {
            Set<String> extra = new HashSet<>(captions.keySet());
            extra.removeAll(named);
            Set<String> missing = new HashSet<>(named);
            missing.removeAll(captions.keySet());
            throw new DataException(captionFile + " and " + classFile + " disagree: only in captions " + extra
                    + ", only in class names " + missing);
        }
        return classes.withCaptions(captions).withName(dataset);
    }
}
