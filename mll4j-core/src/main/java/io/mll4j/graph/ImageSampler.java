package io.mll4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.SequencedSet;
import java.util.TreeSet;

/**
 * Samples one node's images down to the cap (see {@link Sampling}). Deterministic: inputs are sorted first, and the
 * random stream depends only on the seed and the node id ({@link Random}'s algorithm is fixed by its specification).
 */
final class ImageSampler {
    private final int cap;
    private final long seed;
    private final Sampling sampling;

    ImageSampler(int cap, long seed, Sampling sampling) {
        this.cap = cap;
        this.seed = seed;
        this.sampling = sampling;
    }

    /**
     * @param nodeId      the node, mixed into the seed so that sibling nodes draw independently
     * @param own         images given for the node itself
     * @param descendants images given for each image-bearing descendant, one collection per descendant
     */
    List<NodeImage> sample(String nodeId, Collection<NodeImage> own, List<? extends Collection<NodeImage>> descendants) {
        Random random = new Random(seed * 1_000_003L + nodeId.hashCode());
        List<NodeImage> ownShuffled = shuffled(new TreeSet<>(own), random);
        List<List<NodeImage>> groups = new ArrayList<>(descendants.size());
        for (Collection<NodeImage> group : descendants) {
            TreeSet<NodeImage> sorted = new TreeSet<>(group);
            sorted.removeAll(ownShuffled);
            if (!sorted.isEmpty()) {
                groups.add(shuffled(sorted, random));
            }
        }
        SequencedSet<NodeImage> chosen = sampling == Sampling.UNIFORM
                ? uniform(ownShuffled, groups, random) : balanced(ownShuffled, groups, random);
        return List.copyOf(new TreeSet<>(chosen));
    }

    private SequencedSet<NodeImage> uniform(List<NodeImage> own, List<List<NodeImage>> groups, Random random) {
        TreeSet<NodeImage> pool = new TreeSet<>(own);
        groups.forEach(pool::addAll);
        return new LinkedHashSet<>(shuffled(pool, random).subList(0, Math.min(cap, pool.size())));
    }

    private SequencedSet<NodeImage> balanced(List<NodeImage> own, List<List<NodeImage>> groups, Random random) {
        int fromDescendants = groups.stream().mapToInt(List::size).sum();
        // own images are the most direct evidence of the concept: at least half the cap, more if descendants run short
        int ownQuota = Math.min(own.size(), Math.max(cap - fromDescendants, (cap + 1) / 2));
        LinkedHashSet<NodeImage> chosen = new LinkedHashSet<>(own.subList(0, ownQuota));
        List<List<NodeImage>> order = shuffled(groups, random);
        int[] next = new int[order.size()];
        // one image per descendant per round; each round advances at least one group, so the loop ends
        while (chosen.size() < cap && anyLeft(order, next)) {
            for (int g = 0; g < order.size() && chosen.size() < cap; g++) {
                List<NodeImage> group = order.get(g);
                while (next[g] < group.size() && !chosen.add(group.get(next[g]++))) {
                    // already chosen through another descendant: take this group's next image instead
                }
            }
        }
        for (int i = ownQuota; i < own.size() && chosen.size() < cap; i++) {
            chosen.add(own.get(i));
        }
        return chosen;
    }

    private static boolean anyLeft(List<List<NodeImage>> groups, int[] next) {
        for (int g = 0; g < next.length; g++) {
            if (next[g] < groups.get(g).size()) {
                return true;
            }
        }
        return false;
    }

    /** Fisher–Yates on a copy; written out so that the draw sequence never depends on a library version. */
    private static <T> List<T> shuffled(Collection<T> items, Random random) {
        List<T> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        return list;
    }
}
