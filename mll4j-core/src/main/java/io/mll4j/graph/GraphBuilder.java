package io.mll4j.graph;

import io.mll4j.exception.GraphException;
import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.progress.Progress;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link SemanticGraph}: the image-bearing synsets, all their hypernyms up to the roots (hypernym and
 * instance-hypernym links), and for every node a sample of at most {@code cap} images pooled from the node and its
 * descendants. Same inputs, same graph, same {@link SemanticGraph#version()}.
 * <p>{@code set*} options are required, {@code opt*} options have the defaults of paper B (cap 75, seed 0).
 */
public final class GraphBuilder {
    /** Paper B: at most 75 images per node. */
    public static final int DEFAULT_CAP = 75;

    private Lexicon lexicon;
    private Map<String, List<NodeImage>> leafImages;
    private int cap = DEFAULT_CAP;
    private long seed;
    private Sampling sampling = Sampling.BALANCED;
    private Progress progress = Progress.NONE;

    GraphBuilder() {
    }

    /** Required: where synsets and hypernyms come from. */
    public GraphBuilder setLexicon(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        return this;
    }

    /** Required: synset id → images given for that synset (ImageNet sample, dataset node splits; merged per id). */
    public GraphBuilder setLeafImages(Map<String, ? extends List<NodeImage>> leafImages) {
        Map<String, List<NodeImage>> copy = new TreeMap<>();
        Objects.requireNonNull(leafImages, "leafImages").forEach((id, images) -> copy.put(id, List.copyOf(images)));
        this.leafImages = copy;
        return this;
    }

    /** Most images kept per node; default {@value #DEFAULT_CAP}. */
    public GraphBuilder optCap(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, got " + cap);
        }
        this.cap = cap;
        return this;
    }

    /** Seed of the image sampling; default 0. */
    public GraphBuilder optSeed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How images are sampled; default {@link Sampling#BALANCED}. */
    public GraphBuilder optSampling(Sampling sampling) {
        this.sampling = Objects.requireNonNull(sampling, "sampling");
        return this;
    }

    public GraphBuilder optProgress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * @throws UnknownSynsetException naming a leaf id that is not a synset of the lexicon
     * @throws GraphException         if the lexicon's hypernyms are inconsistent (missing synset, cycle)
     */
    public SemanticGraph build() {
        if (lexicon == null) {
            throw new IllegalArgumentException("GraphBuilder needs a lexicon (setLexicon)");
        }
        if (leafImages == null || leafImages.isEmpty()) {
            throw new IllegalArgumentException("GraphBuilder needs at least one leaf synset (setLeafImages)");
        }
        GraphProvenance provenance = new GraphProvenance(lexicon.name(), cap, seed, sampling);
        TreeMap<String, Synset> nodes = new TreeMap<>();
        TreeSet<Edge> edges = new TreeSet<>();
        addWithAncestors(nodes, edges);
        SemanticGraph shape = SemanticGraph.of(nodes.values(), edges, Map.of(), provenance);
        return SemanticGraph.of(nodes.values(), edges, sampleImages(shape), provenance);
    }

    private void addWithAncestors(TreeMap<String, Synset> nodes, TreeSet<Edge> edges) {
        progress.start("graph: synsets and hypernyms", leafImages.size());
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (Map.Entry<String, List<NodeImage>> leaf : leafImages.entrySet()) {
            String id = leaf.getKey();
            Synset synset = lexicon.synset(id).orElseThrow(() -> new UnknownSynsetException("No noun synset " + id
                    + " in " + lexicon.name() + (leaf.getValue().isEmpty() ? ""
                    : " (given for image " + leaf.getValue().get(0).path() + ")")));
            if (nodes.put(id, synset) == null) {
                queue.add(id);
            }
            progress.advance(1);
        }
        while (!queue.isEmpty()) {
            String child = queue.poll();
            for (String parent : lexicon.hypernyms(child)) {
                edges.add(new Edge(parent, child));
                if (!nodes.containsKey(parent)) {
                    nodes.put(parent, lexicon.synset(parent).orElseThrow(() -> new GraphException(
                            "Hypernym " + parent + " of " + child + " is not a synset of " + lexicon.name())));
                    queue.add(parent);
                }
            }
        }
        progress.finish();
    }

    private Map<String, List<NodeImage>> sampleImages(SemanticGraph shape) {
        progress.start("graph: pool and sample images", shape.size());
        ImageSampler sampler = new ImageSampler(cap, seed, sampling);
        Map<String, List<NodeImage>> sampled = new HashMap<>();
        for (String id : shape.ids()) {
            List<List<NodeImage>> below = new ArrayList<>();
            for (String d : new TreeSet<>(shape.descendants(id))) {
                List<NodeImage> images = leafImages.get(d);
                if (images != null && !images.isEmpty()) {
                    below.add(images);
                }
            }
            sampled.put(id, sampler.sample(id, leafImages.getOrDefault(id, List.of()), below));
            progress.advance(1);
        }
        progress.finish();
        return sampled;
    }
}
