package io.mll4j.match;

import io.mll4j.exception.TaskException;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.model.TextEmbedder;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;
import io.mll4j.task.TaskValidator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches a task's classes to graph nodes (paper B §4.1): class texts ({@link ClassText}, or the mean of the
 * class's caption embeddings) and node texts ({@link NodeText}) are embedded by one text embedder, and each class
 * keeps its top-n nodes by S = 100·cos. A pinned class gets its synset first, with similarity
 * {@value #PINNED_SIMILARITY} (a pin is an exact identification, as if the class text were the node's text),
 * followed by its n−1 best other nodes. Classes whose best similarity is below the threshold are reported
 * {@link TaskMatching#uncovered() uncovered}, never silently matched.
 */
public final class TaskMatcher {
    /** Similarity given to a pinned node. */
    public static final double PINNED_SIMILARITY = 100.0;
    private final SemanticGraph graph;
    private final TextEmbedder embedder;
    private final ClassResolver resolver;
    private final NodeText nodeText;
    private final ClassText classText;
    private final int topNodes;
    private final Double minSimilarity;
    private float[][] nodeEmbeddings;

    private TaskMatcher(Builder b) {
        this.graph = b.graph;
        this.embedder = b.embedder;
        this.resolver = b.resolver;
        this.nodeText = b.nodeText;
        this.classText = b.classText;
        this.topNodes = b.topNodes;
        this.minSimilarity = b.minSimilarity;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings this matcher applies. */
    public MatchSettings settings() {
        return new MatchSettings(embedder.id(), nodeText, classText, topNodes, minSimilarity);
    }

    /**
     * Matches the task.
     *
     * @throws TaskException when the task is invalid ({@link TaskValidator}) or a pin is not a graph node
     */
    public TaskMatching match(Task task) {
        Map<String, List<Synset>> candidates = TaskValidator.resolve(task, resolver);
        List<String> classes = task.classes();
        for (String c : classes) {
            task.pinOf(c).filter(id -> !graph.contains(id)).ifPresent(id -> {
                throw new TaskException("Class '" + c + "' is pinned to " + id + " (" + candidates.get(c).getFirst()
                        .name() + "), which is not a node of the graph (" + graph.size() + " nodes, version "
                        + graph.version().substring(0, 12) + "); pin a node of the graph or rebuild the graph with it");
            });
        }
        List<String> texts = new ArrayList<>();
        double[] thresholds = new double[classes.size()];
        float[][] classEmbeddings = new float[classes.size()][];
        for (int y = 0; y < classes.size(); y++) {
            String c = classes.get(y);
            List<String> captions = task.captionsOf(c);
            boolean wordNetText = captions.isEmpty() && classText == ClassText.WORDNET && !candidates.get(c).isEmpty();
            thresholds[y] = minSimilarity != null ? minSimilarity : CoverageThresholds.of(embedder.id(), wordNetText)
                    .orElseThrow(() -> new IllegalStateException("No calibrated uncovered-class threshold for text "
                            + "embedder '" + embedder.id() + "'; set one (optMinSimilarity)"));
            if (captions.isEmpty()) {
                String text = classText.of(c, candidates.get(c), nodeText);
                texts.add(text);
                classEmbeddings[y] = embedder.embed(List.of(text))[0];
            } else {
                texts.add("mean of " + captions.size() + " caption embeddings");
                classEmbeddings[y] = meanDirection(embedder.embed(captions));
            }
        }
        NodeMatching wide = NodeMatching.topN(classEmbeddings, nodeEmbeddings(), topNodes + 1);
        int[][] nodes = new int[classes.size()][];
        double[][] sims = new double[classes.size()][];
        List<Boolean> pinned = new ArrayList<>();
        List<UncoveredClass> uncovered = new ArrayList<>();
        for (int y = 0; y < classes.size(); y++) {
            String pin = task.pinOf(classes.get(y)).orElse(null);
            pinned.add(pin != null);
            keep(wide, y, pin == null ? -1 : graph.indexOf(pin), nodes, sims);
            if (pin == null && sims[y][0] < thresholds[y]) {
                String best = graph.nodes().get(nodes[y][0]).id();
                uncovered.add(new UncoveredClass(classes.get(y), best, graph.node(best).name(), sims[y][0],
                        thresholds[y]));
            }
        }
        return new TaskMatching(classes, texts, pinned, new NodeMatching(nodes, sims), uncovered, settings());
    }

    /** Row y of the result: the pin first (if any), then the best other nodes, n in all. */
    private void keep(NodeMatching wide, int y, int pin, int[][] nodes, double[][] sims) {
        int n = Math.min(topNodes, graph.size());
        int[] row = new int[n];
        double[] s = new double[n];
        int at = 0;
        if (pin >= 0) {
            row[0] = pin;
            s[0] = PINNED_SIMILARITY;
            at = 1;
        }
        for (int j = 0; j < wide.nodes()[y].length && at < n; j++) {
            if (wide.nodes()[y][j] != pin) {
                row[at] = wide.nodes()[y][j];
                s[at++] = wide.similarities()[y][j];
            }
        }
        nodes[y] = Arrays.copyOf(row, at);
        sims[y] = Arrays.copyOf(s, at);
    }

    private float[][] nodeEmbeddings() {
        if (nodeEmbeddings == null) {
            nodeEmbeddings = embedder.embed(graph.nodes().stream().map(nodeText::of).toList());
        }
        return nodeEmbeddings;
    }

    /** The normalised mean of unit vectors (their mean direction). */
    static float[] meanDirection(float[][] vectors) {
        float[] mean = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float v : mean) {
            norm += (double) v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < mean.length; i++) {
                mean[i] *= inv;
            }
        }
        return mean;
    }

    /** {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private SemanticGraph graph;
        private TextEmbedder embedder;
        private ClassResolver resolver;
        private NodeText nodeText = NodeText.NAME_WHICH_IS_GLOSS;
        private ClassText classText = ClassText.WORDNET;
        private int topNodes = 5;
        private Double minSimilarity;

        private Builder() {
        }

        public Builder setGraph(SemanticGraph value) {
            this.graph = value;
            return this;
        }

        /** The text embedder (L2-normalised output); wrap it in a cache to embed node texts once. */
        public Builder setEmbedder(TextEmbedder value) {
            this.embedder = value;
            return this;
        }

        /** Lexicon access for validation, pins and {@link ClassText#WORDNET}. */
        public Builder setResolver(ClassResolver value) {
            this.resolver = value;
            return this;
        }

        /** Node text embedded for the nodes (default {@link NodeText#NAME_WHICH_IS_GLOSS}, the paper's). */
        public Builder optNodeText(NodeText value) {
            this.nodeText = Objects.requireNonNull(value, "nodeText");
            return this;
        }

        /** Text of classes without captions (default {@link ClassText#WORDNET}). */
        public Builder optClassText(ClassText value) {
            this.classText = Objects.requireNonNull(value, "classText");
            return this;
        }

        /** Nodes kept per class, n (default 5, as the official code). */
        public Builder optTopNodes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("topNodes must be >= 1, got " + value);
            }
            this.topNodes = value;
            return this;
        }

        /**
         * Best-match similarity (100·cos) below which a class is uncovered, for every class. Default: measured per
         * bundled embedder and kind of class text ({@link CoverageThresholds}); required for other embedders.
         */
        public Builder optMinSimilarity(double value) {
            if (!(value >= -100 && value <= 100)) {
                throw new IllegalArgumentException("minSimilarity must be in [-100, 100], got " + value);
            }
            this.minSimilarity = value;
            return this;
        }

        public TaskMatcher build() {
            Objects.requireNonNull(graph, "graph is required (setGraph)");
            Objects.requireNonNull(embedder, "embedder is required (setEmbedder)");
            Objects.requireNonNull(resolver, "resolver is required (setResolver)");
            return new TaskMatcher(this);
        }
    }
}
