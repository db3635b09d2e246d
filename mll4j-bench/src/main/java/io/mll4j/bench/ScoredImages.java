package io.mll4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The TEST images a task is scored on and their true task classes. Each class takes {@code perClass} images: an equal
 * share (rounded up) from each of its backing data-set classes, the first ones in item order, so a run is
 * reproducible and every task drawing on a data set reuses the same cached outputs.
 *
 * @param images the images, class by class
 * @param labels per image, its task class index
 */
public record ScoredImages(List<ImageRef> images, int[] labels) {

    /** An image of a data set's TEST split, by item index. */
    public record ImageRef(String dataset, int index) {
    }

    public ScoredImages {
        images = List.copyOf(images);
        if (images.size() != labels.length) {
            throw new IllegalArgumentException(images.size() + " images but " + labels.length + " labels");
        }
    }

    /**
     * The scored images of a task.
     *
     * @param task     the task
     * @param perClass images per class
     * @param splits   the TEST splits
     * @return the images
     */
    public static ScoredImages of(BenchTask task, int perClass, TestSplits splits) {
        List<ImageRef> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int y = 0; y < task.classes().size(); y++) {
            List<ClassSource> sources = task.classes().get(y).sources();
            int share = (perClass + sources.size() - 1) / sources.size();
            for (ClassSource s : sources) {
                int[] members = splits.classes(s.dataset()).get(s.classId());
                for (int j = 0; j < Math.min(share, members.length); j++) {
                    images.add(new ImageRef(s.dataset(), members[j]));
                    labels.add(y);
                }
            }
        }
        return new ScoredImages(images, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    public int size() {
        return images.size();
    }

    /** Per data set, the distinct item indices used, ascending. */
    public Map<String, int[]> byDataset() {
        Map<String, TreeSet<Integer>> sets = new LinkedHashMap<>();
        images.forEach(r -> sets.computeIfAbsent(r.dataset(), d -> new TreeSet<>()).add(r.index()));
        Map<String, int[]> out = new LinkedHashMap<>();
        sets.forEach((d, s) -> out.put(d, s.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Images per class. */
    public int[] classCounts(int classes) {
        int[] counts = new int[classes];
        Arrays.stream(labels).forEach(y -> counts[y]++);
        return counts;
    }
}
