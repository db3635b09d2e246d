package io.mll4j.graph;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which WordNet 3.0 synset each class of a known dataset means: {@code {dataset: {classId: {synset, lemma}}}}.
 * The bundled table is {@code data/dataset-synsets.json} of the repository, packaged into this jar.
 */
public final class DatasetSynsets {
    /** Class path location of the bundled table. */
    public static final String RESOURCE = "/io/mll4j/graph/dataset-synsets.json";
    private static final TypeReference<Map<String, Map<String, Entry>>> TYPE = new TypeReference<>() {
    };

    private final Map<String, Map<String, Entry>> datasets;

    /**
     * One class's synset.
     *
     * @param synset the WordNet 3.0 noun synset id
     * @param lemma  the synset word the class name stands for (checked against WordNet by a test)
     */
    public record Entry(String synset, String lemma) {
        public Entry {
            Synset.requireValidId(synset);
            Objects.requireNonNull(lemma, "lemma");
        }
    }

    private DatasetSynsets(Map<String, Map<String, Entry>> datasets) {
        Map<String, Map<String, Entry>> copy = new TreeMap<>();
        datasets.forEach((name, classes) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(classes))));
        this.datasets = Collections.unmodifiableMap(copy);
    }

    /** The table shipped with mll4j. */
    public static DatasetSynsets bundled() {
        try (InputStream in = DatasetSynsets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DataException("The bundled class → synset table " + RESOURCE + " is missing from the jar");
            }
            return new DatasetSynsets(Json.mapper().readValue(in, TYPE));
        } catch (IOException e) {
            throw new DataException("Cannot read bundled " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A table from a file of the same layout. */
    public static DatasetSynsets read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new DatasetSynsets(Json.mapper().readValue(in, TYPE));
        } catch (IOException | IllegalArgumentException e) {
            throw new DataException("Cannot read class → synset table " + file + ": " + e.getMessage(), e);
        }
    }

    /** Dataset names, sorted. */
    public Set<String> datasets() {
        return datasets.keySet();
    }

    /** Class id → entry of a dataset, in the table's order. @throws DataException naming an unknown dataset */
    public Map<String, Entry> classes(String dataset) {
        Map<String, Entry> classes = datasets.get(dataset);
        if (classes == null) {
            throw new DataException("Dataset '" + dataset + "' has no class → synset table (known: " + datasets()
                    + ")");
        }
        return classes;
    }

    /** The synset id of one class. @throws DataException naming the dataset and class */
    public String synset(String dataset, String classId) {
        Entry entry = classes(dataset).get(classId);
        if (entry == null) {
            throw new DataException("Class '" + classId + "' of dataset '" + dataset
                    + "' has no synset in the class → synset table");
        }
        return entry.synset();
    }
}
