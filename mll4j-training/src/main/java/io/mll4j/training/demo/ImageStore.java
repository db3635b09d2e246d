package io.mll4j.training.demo;

import io.mll4j.data.DatasetCatalog;
import io.mll4j.data.ImageDataset;
import io.mll4j.data.Split;
import io.mll4j.graph.DatasetSynsets;
import io.mll4j.image.ImagePreprocessor;
import io.mll4j.image.Preprocessing;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Decoded images of the installed data sets, per class and split, in source order, kept in memory so that a
 * build or an evaluation decodes every image at most once. Also knows each class's display name and synset.
 */
public final class ImageStore {
    private final DatasetCatalog catalog;
    private final DatasetSynsets synsets;
    private final Map<String, ImageDataset> datasets = new HashMap<>();
    private final Map<String, int[]> classItems = new HashMap<>();
    private final Map<String, BufferedImage[]> decoded = new HashMap<>();

    public ImageStore(DatasetCatalog catalog, DatasetSynsets synsets) {
        this.catalog = catalog;
        this.synsets = synsets;
    }

    /** The store of the default data home and the bundled class → synset table. */
    public static ImageStore openDefault() {
        return new ImageStore(DatasetCatalog.openDefault(), DatasetSynsets.bundled());
    }

    /** The data set's display name of a class, e.g. {@code T-shirt/top}; an unknown class is named. */
    public String displayName(ClassRef ref) {
        var descriptor = catalog.descriptor(ref.dataset());
        int index = descriptor.classIds().indexOf(ref.classId());
        if (index < 0) {
            throw new IllegalArgumentException("unknown class " + ref + "; " + ref.dataset() + " has "
                    + descriptor.classIds());
        }
        return descriptor.classNames().get(index);
    }

    /** The WordNet 3.0 synset of a class. */
    public String synset(ClassRef ref) {
        return synsets.synset(ref.dataset(), ref.classId());
    }

    /** Every class of a data set, in label order. */
    public List<ClassRef> classes(String dataset) {
        return catalog.descriptor(dataset).classIds().stream().map(id -> new ClassRef(dataset, id)).toList();
    }

    /** The first {@code limit} images ({@code 0}: all) of a class in a split, in source order. */
    public synchronized List<BufferedImage> images(ClassRef ref, Split split, int limit) {
        String key = ref + "/" + split.id();
        int[] items = classItems.computeIfAbsent(key, k -> items(ref, split));
        int n = limit <= 0 ? items.length : Math.min(limit, items.length);
        BufferedImage[] cache = decoded.computeIfAbsent(key, k -> new BufferedImage[items.length]);
        ImageDataset data = dataset(ref.dataset(), split);
        // JPEG decoding dominates a cold build: spread it over the cores
        IntStream.range(0, n).parallel().filter(i -> cache[i] == null).forEach(i -> cache[i] = data.image(items[i]));
        return List.of(java.util.Arrays.copyOf(cache, n));
    }

    /** Images of several classes with their class index (position in {@code refs}), class by class. */
    public Labelled labelled(List<ClassRef> refs, Split split, int limitPerClass) {
        List<BufferedImage> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < refs.size(); k++) {
            List<BufferedImage> some = images(refs.get(k), split, limitPerClass);
            images.addAll(some);
            for (int i = 0; i < some.size(); i++) {
                labels.add(k);
            }
        }
        return new Labelled(images, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Images as model input tensors, exactly as ONNX inference with {@code preprocessing} will see them. */
    public static float[][] tensors(List<BufferedImage> images, Preprocessing preprocessing) {
        ImagePreprocessor preprocessor = new ImagePreprocessor(preprocessing);
        float[][] out = new float[images.size()][];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = preprocessor.apply(images.get(i)));
        return out;
    }

    private int[] items(ClassRef ref, Split split) {
        ImageDataset data = dataset(ref.dataset(), split);
        int label = data.classIds().indexOf(ref.classId());
        if (label < 0) {
            throw new IllegalArgumentException("unknown class " + ref + "; " + ref.dataset() + " has " + data.classIds());
        }
        int[] labels = data.labels();
        return IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
    }

    private ImageDataset dataset(String dataset, Split split) {
        return datasets.computeIfAbsent(dataset + "/" + split.id(), k -> catalog.open(dataset, split));
    }

    /**
     * Images and their class index.
     *
     * @param images the images
     * @param labels class index of each image
     */
    public record Labelled(List<BufferedImage> images, int[] labels) {
    }
}
