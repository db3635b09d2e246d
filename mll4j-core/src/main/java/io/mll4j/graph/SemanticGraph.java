package io.mll4j.graph;

import io.mll4j.exception.GraphException;
import io.mll4j.exception.UnknownSynsetException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable DAG of noun synsets (hypernym → hyponym; a node can have two hypernyms) with the sampled images of
 * each node. Nodes are ordered by id; {@link #indexOf} gives the position used by per-node arrays elsewhere.
 * {@link #version()} is a SHA-256 of the whole content, so that labels computed on a graph can name it.
 */
public final class SemanticGraph {
    private final List<Synset> nodes;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[][] parents;
    private final int[][] children;
    private final List<List<NodeImage>> images;
    private final GraphProvenance provenance;
    private final String version;
    private final List<NodeImage> allImages;

    private SemanticGraph(List<Synset> nodes, Map<String, Integer> index, int[][] parents, int[][] children,
                          List<List<NodeImage>> images, GraphProvenance provenance, String version) {
        this.nodes = nodes;
        this.ids = nodes.stream().map(Synset::id).toList();
        this.index = index;
        this.parents = parents;
        this.children = children;
        this.images = images;
        this.provenance = provenance;
        this.version = version;
        TreeSet<NodeImage> all = new TreeSet<>();
        images.forEach(all::addAll);
        this.allImages = List.copyOf(all);
    }

    /** The builder of graphs from a lexicon and image-bearing leaves. */
    public static GraphBuilder builder() {
        return new GraphBuilder();
    }

    /**
     * Assembles a graph, checking that edges and images refer to nodes and that there is no cycle.
     *
     * @throws GraphException naming the offending edge, node or image
     */
    static SemanticGraph of(Collection<Synset> synsets, Collection<Edge> edges, Map<String, List<NodeImage>> images,
                            GraphProvenance provenance) {
        TreeMap<String, Synset> byId = new TreeMap<>();
        synsets.forEach(s -> {
            if (byId.put(s.id(), s) != null) {
                throw new GraphException("Node " + s.id() + " appears twice");
            }
        });
        List<Synset> nodes = List.copyOf(byId.values());
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<List<Integer>> up = emptyLists(nodes.size());
        List<List<Integer>> down = emptyLists(nodes.size());
        for (Edge e : new TreeSet<>(edges)) {
            int p = requireNode(index, e.parent(), "edge " + e);
            int c = requireNode(index, e.child(), "edge " + e);
            up.get(c).add(p);
            down.get(p).add(c);
        }
        List<List<NodeImage>> imageLists = new ArrayList<>(Collections.nCopies(nodes.size(), List.of()));
        images.forEach((id, list) -> imageLists.set(requireNode(index, id, "images of " + id),
                list.stream().sorted().distinct().toList()));
        int[][] parentArrays = toArrays(up);
        int[][] childArrays = toArrays(down);
        Objects.requireNonNull(provenance, "provenance");
        String version = GraphVersion.of(nodes, childArrays, imageLists, provenance);
        SemanticGraph graph = new SemanticGraph(nodes, Map.copyOf(index), parentArrays, childArrays,
                List.copyOf(imageLists), provenance, version);
        graph.requireAcyclic();
        return graph;
    }

    public String version() {
        return version;
    }

    public GraphProvenance provenance() {
        return provenance;
    }

    /** Number of nodes. */
    public int size() {
        return nodes.size();
    }

    /** All nodes, ordered by id. */
    public List<Synset> nodes() {
        return nodes;
    }

    /** All node ids, ordered. */
    public List<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** Position of the node in {@link #nodes()}. @throws UnknownSynsetException naming the id */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new UnknownSynsetException("Synset " + id + " is not in the graph (" + size() + " nodes, version "
                    + version.substring(0, 12) + ")");
        }
        return i;
    }

    /** The node with this id. @throws UnknownSynsetException naming the id */
    public Synset node(String id) {
        return nodes.get(indexOf(id));
    }

    /** Direct hypernyms in the graph (one or two), ordered by id; empty for a root. */
    public List<String> parents(String id) {
        return ids(parents[indexOf(id)]);
    }

    /** Direct hyponyms in the graph, ordered by id; empty for a leaf. */
    public List<String> children(String id) {
        return ids(children[indexOf(id)]);
    }

    /** Nodes without hypernyms ({@code entity} for WordNet). */
    public List<String> roots() {
        return filter(parents);
    }

    /** Nodes without hyponyms. */
    public List<String> leaves() {
        return filter(children);
    }

    /** Every node above {@code id}, nearest first (breadth-first). */
    public SequencedSet<String> ancestors(String id) {
        return reach(indexOf(id), parents);
    }

    /** Every node below {@code id}, nearest first (breadth-first). */
    public SequencedSet<String> descendants(String id) {
        return reach(indexOf(id), children);
    }

    /** Every hypernym path from a root down to {@code id} (several when the DAG branches), root first. */
    public List<List<String>> hypernymPaths(String id) {
        List<List<String>> paths = new ArrayList<>();
        collectPaths(indexOf(id), new ArrayDeque<>(), paths);
        return List.copyOf(paths);
    }

    /** The node's sampled images, ordered by path. */
    public List<NodeImage> images(String id) {
        return images.get(indexOf(id));
    }

    /** Every distinct image of the graph, ordered by path: what a labeler has to run a model on. */
    public List<NodeImage> allImages() {
        return allImages;
    }

    /** All edges, ordered by parent then child. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (int p = 0; p < children.length; p++) {
            for (int c : children[p]) {
                edges.add(new Edge(nodes.get(p).id(), nodes.get(c).id()));
            }
        }
        return edges;
    }

    public int edgeCount() {
        int n = 0;
        for (int[] c : children) {
            n += c.length;
        }
        return n;
    }

    @Override
    public String toString() {
        return "SemanticGraph[" + size() + " nodes, " + edgeCount() + " edges, version " + version.substring(0, 12) + "]";
    }

    private void collectPaths(int node, ArrayDeque<String> below, List<List<String>> out) {
        below.addFirst(nodes.get(node).id());
        if (parents[node].length == 0) {
            out.add(List.copyOf(below));
        }
        for (int p : parents[node]) {
            collectPaths(p, below, out);
        }
        below.removeFirst();
    }

    private SequencedSet<String> reach(int start, int[][] links) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            for (int next : links[queue.poll()]) {
                if (seen.add(nodes.get(next).id())) {
                    queue.add(next);
                }
            }
        }
        return Collections.unmodifiableSequencedSet(seen);
    }

    private void requireAcyclic() {
        int[] pending = new int[size()];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < size(); i++) {
            pending[i] = parents[i].length;
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int done = 0;
        while (!ready.isEmpty()) {
            done++;
            for (int c : children[ready.poll()]) {
                if (--pending[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (done < size()) {
            String onCycle = nodes.get(java.util.stream.IntStream.range(0, size()).filter(i -> pending[i] > 0)
                    .findFirst().orElseThrow()).id();
            throw new GraphException("The hypernym relation has a cycle through " + onCycle);
        }
    }

    private List<String> ids(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(nodes.get(i).id());
        }
        return out;
    }

    private List<String> filter(int[][] links) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < links.length; i++) {
            if (links[i].length == 0) {
                out.add(nodes.get(i).id());
            }
        }
        return out;
    }

    private static int requireNode(Map<String, Integer> index, String id, String where) {
        Integer i = index.get(id);
        if (i == null) {
            throw new GraphException("Unknown node " + id + " in " + where);
        }
        return i;
    }

    private static List<List<Integer>> emptyLists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }
}
