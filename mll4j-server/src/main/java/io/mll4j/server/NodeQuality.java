package io.mll4j.server;

import io.mll4j.exception.Mll4jException;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a VLM's label says about each graph node: paper B's per-node counts (io.mll4j.select.NodeConfusion) with
 * every graph node a candidate and false positives from every node, scored by F1 = 2·TP / (TP + FP + P). One
 * difference: a node's image list pools images sampled from the nodes below it, so selection's counts would score
 * every pooled copy of an image at each of its nodes, and a label could never be right at both a node and its
 * ancestor (a perfect label would score 0 on every inner node). Here each distinct image counts once, at its own
 * nodes (the nodes listing it that have no descendant listing it too): P[u] counts u's own images, TP[u] those the
 * label puts in u (its highest-scoring node among all of V), FP[v] other images it puts in v.
 * <p>Counting costs one comparison of every distinct image with every node text (images · |V| · d multiply-adds),
 * so the counts are kept per label key (which names the model file, the graph version and the node text) in
 * {@code <hub>/cache/coverage/<model>/<key>.json}, written atomically.
 *
 * @param key the label's key
 * @param tp  per node, its own images the label puts in it
 * @param fp  per node, other images the label puts in it
 * @param p   per node, its own images
 */
record NodeQuality(LabelKey key, double[] tp, double[] fp, double[] p) {

    /** The counts from the cache, or counted now (and cached). */
    static NodeQuality of(LabelKey key, EmbeddingLabel label, SemanticGraph graph, Path cacheDir) {
        Path file = cacheDir.resolve(key.modelId()).resolve(key.folderName() + ".json");
        if (Files.isRegularFile(file)) {
            try {
                NodeQuality cached = Json.read(file, NodeQuality.class);
                if (cached.key().equals(key) && cached.p().length == label.nodeCount()) {
                    return cached;
                }
            } catch (Mll4jException e) {
                // an unreadable cache file is counted again and replaced
            }
        }
        NodeQuality counted = count(key, label, graph);
        Json.writeAtomically(file, counted);
        return counted;
    }

    /** Counts a label on its graph (node indices of both agree: the label was made on this graph). */
    static NodeQuality count(LabelKey key, EmbeddingLabel label, SemanticGraph graph) {
        int nodes = label.nodeCount();
        int[][] own = ownNodes(label.nodeImages(), graph, label.imageEmbeddings().length);
        int[] every = IntStream.range(0, nodes).toArray();
        int[] predicted = IntStream.range(0, own.length).parallel()
                .map(i -> own[i].length == 0 ? -1 : label.argmaxOfImage(i, every)).toArray();
        double[] tp = new double[nodes];
        double[] fp = new double[nodes];
        double[] p = new double[nodes];
        for (int i = 0; i < own.length; i++) {
            boolean right = false;
            for (int u : own[i]) {
                p[u]++;
                if (u == predicted[i]) {
                    tp[u]++;
                    right = true;
                }
            }
            if (predicted[i] >= 0 && !right) {
                fp[predicted[i]]++;
            }
        }
        return new NodeQuality(key, tp, fp, p);
    }

    /** F1 of one node, or NaN when it has no image of its own (the label says nothing about it alone). */
    double f1(int node) {
        return p[node] == 0 ? Double.NaN : 2 * tp[node] / (tp[node] + fp[node] + p[node]);
    }

    /** Per distinct image, the nodes listing it that have no descendant listing it too. */
    private static int[][] ownNodes(int[][] nodeImages, SemanticGraph graph, int images) {
        List<List<Integer>> listing = new ArrayList<>(images);
        for (int i = 0; i < images; i++) {
            listing.add(new ArrayList<>(2));
        }
        for (int u = 0; u < nodeImages.length; u++) {
            for (int i : nodeImages[u]) {
                listing.get(i).add(u);
            }
        }
        // per node its ancestors, once: an image is listed by up to a path's worth of nodes
        BitSet[] above = new BitSet[nodeImages.length];
        for (int u = 0; u < above.length; u++) {
            above[u] = new BitSet(nodeImages.length);
            for (String a : graph.ancestors(graph.ids().get(u))) {
                above[u].set(graph.indexOf(a));
            }
        }
        int[][] own = new int[images][];
        for (int i = 0; i < images; i++) {
            List<Integer> nodes = listing.get(i);
            own[i] = nodes.stream().filter(u -> nodes.stream().noneMatch(v -> above[v].get(u)))
                    .mapToInt(Integer::intValue).toArray();
        }
        return own;
    }
}
