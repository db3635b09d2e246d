package io.mll4j.data;

import io.mll4j.exception.Mll4jException;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is installed in a data home: the setup stamp and, per data set, the image count of each split.
 *
 * @param dataHome the data home (absolute path)
 * @param stamp    the last successful setup, or {@code null} if none
 * @param datasets one entry per data set of the catalog (empty when {@code datasets.json} is missing)
 */
public record DataStatus(String dataHome, SetupStamp stamp, List<DatasetStatus> datasets) {

    /**
     * @param id      data set id
     * @param classes number of classes
     * @param splits  images per split ({@code train}, {@code node}, {@code test}) that the data set has
     * @param error   why the data set cannot be read, or {@code null}
     */
    public record DatasetStatus(String id, int classes, Map<String, Integer> splits, String error) {
    }

    public DataStatus {
        datasets = List.copyOf(datasets);
    }

    /** Reads the stamp and opens every data set of the data home (a few seconds: IDX and JSON are parsed). */
    public static DataStatus of(Path dataHome) {
        Path stampFile = dataHome.resolve(SetupStamp.FILE);
        SetupStamp stamp = Files.isRegularFile(stampFile) ? Json.read(stampFile, SetupStamp.class) : null;
        List<DatasetStatus> datasets = new ArrayList<>();
        if (Files.isRegularFile(dataHome.resolve("datasets.json"))) {
            DatasetCatalog catalog = new DatasetCatalog(dataHome);
            for (String id : catalog.datasetIds()) {
                datasets.add(status(catalog, id));
            }
        }
        return new DataStatus(dataHome.toAbsolutePath().toString(), stamp, datasets);
    }

    private static DatasetStatus status(DatasetCatalog catalog, String id) {
        Map<String, Integer> splits = new LinkedHashMap<>();
        int classes = 0;
        try {
            for (Split split : Split.values()) {
                if (id.equals(DatasetCatalog.IMAGENET_SAMPLE) && split != Split.NODE) {
                    continue;
                }
                ImageDataset d = catalog.open(id, split);
                classes = d.classIds().size();
                splits.put(split.id(), d.size());
            }
            return new DatasetStatus(id, classes, splits, null);
        } catch (Mll4jException e) {
            return new DatasetStatus(id, classes, splits, e.getMessage());
        }
    }
}
