package io.mll4j.bench;

import io.mll4j.data.ImageDataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The TEST split of each data set, opened once, with each class's items in item order (what a per-class cap takes
 * the first of). Benchmarks score only TEST images: models trained on TRAIN and the graph was built from NODE.
 */
public final class TestSplits {
    private final Function<String, ImageDataset> opener;
    private final Map<String, ImageDataset> open = new HashMap<>();
    private final Map<String, Map<String, int[]>> byClass = new HashMap<>();

    /** @param opener opens a data set's TEST split, e.g. {@code d -> catalog.open(d, Split.TEST)} */
    public TestSplits(Function<String, ImageDataset> opener) {
        this.opener = opener;
    }

    /** The TEST split of a data set. */
    public synchronized ImageDataset dataset(String dataset) {
        return open.computeIfAbsent(dataset, opener);
    }

    /** Class id → its item indices in item order. */
    public synchronized Map<String, int[]> classes(String dataset) {
        return byClass.computeIfAbsent(dataset, d -> {
            ImageDataset data = dataset(d);
            List<List<Integer>> members = new ArrayList<>();
            data.classIds().forEach(c -> members.add(new ArrayList<>()));
            int[] labels = data.labels();
            for (int i = 0; i < labels.length; i++) {
                members.get(labels[i]).add(i);
            }
            Map<String, int[]> out = new HashMap<>();
            for (int c = 0; c < members.size(); c++) {
                out.put(data.classIds().get(c), members.get(c).stream().mapToInt(Integer::intValue).toArray());
            }
            return out;
        });
    }

    /** Class ids of a data set, in label order. */
    public List<String> classIds(String dataset) {
        return dataset(dataset).classIds();
    }
}
