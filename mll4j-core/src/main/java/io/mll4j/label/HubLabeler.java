package io.mll4j.label;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelOpener;
import io.mll4j.progress.Progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labels the hub's VLMs on a graph (paper B §3) and stores the labels: a model whose label for (model fingerprint,
 * graph version, node text) is already stored is skipped; otherwise a resumable {@link Labeler} computes it with
 * the image-embedding cache of the store, so a killed run continues where it stopped.
 */
public final class HubLabeler {
    private final ModelHub hub;
    private final ModelOpener opener;
    private final LabelStore store;
    private final SemanticGraph graph;
    private final Path imageRoot;
    private final NodeText nodeText;
    private final int batchSize;
    private final Progress progress;
    private LabelingInput input;

    /** What happened to one model. */
    public enum Status { LABELED, ALREADY_LABELED }

    /**
     * @param model  hub id
     * @param key    the label's key
     * @param status labeled now, or found in the store
     * @param nodes  graph nodes covered
     * @param images distinct images embedded
     * @param took   wall time of this model
     */
    public record Outcome(String model, LabelKey key, Status status, int nodes, int images, Duration took) {
    }

    private HubLabeler(Builder b) {
        this.hub = b.hub;
        this.opener = b.opener;
        this.store = b.store;
        this.graph = b.graph;
        this.imageRoot = b.imageRoot;
        this.nodeText = b.nodeText;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key a model's label has on this graph with this node text. */
    public LabelKey keyOf(HubEntry entry) {
        return LabelKey.of(entry.manifest(), graph.version(), nodeText);
    }

    /** Labels every VLM of the hub, in hub order. */
    public List<Outcome> labelAll() {
        List<Outcome> out = new ArrayList<>();
        for (HubEntry entry : hub.list()) {
            if (entry.manifest().kind() == ModelKind.VLM) {
                out.add(label(entry));
            }
        }
        return out;
    }

    /**
     * Labels one model unless its label is stored.
     *
     * @throws IllegalArgumentException when the model is not a VLM
     */
    public Outcome label(HubEntry entry) {
        if (entry.manifest().kind() != ModelKind.VLM) {
            throw new IllegalArgumentException("Model '" + entry.id() + "' is an " + entry.manifest().kind()
                    + "; labeling on the graph applies to VLMs (paper B)");
        }
        long start = System.nanoTime();
        LabelKey key = keyOf(entry);
        if (store.exists(key)) {
            return new Outcome(entry.id(), key, Status.ALREADY_LABELED, graph.size(), graph.allImages().size(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        LabelingInput in = input();
        EmbeddingLabel label = Labeler.builder().setModel(opener.vlm(entry)).setInput(in)
                .setCacheDir(store.cacheDir(key)).setImageLoader(new GraphImageLoader(in.images()))
                .optBatchSize(batchSize).optProgress(prefixed(entry.id())).build().label();
        store.save(key, label);
        return new Outcome(entry.id(), key, Status.LABELED, label.nodeCount(), label.imageEmbeddings().length,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The progress with the model's id in front of each task name, so that a run over the hub reads well. */
    private Progress prefixed(String model) {
        return new Progress() {
            @Override
            public void start(String task, long total) {
                progress.start(model + ": " + task, total);
            }

            @Override
            public void advance(long done) {
                progress.advance(done);
            }

            @Override
            public void finish() {
                progress.finish();
            }
        };
    }

    private LabelingInput input() {
        if (input == null) {
            input = LabelingInput.of(graph, nodeText, imageRoot);
        }
        return input;
    }

    /** {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private ModelHub hub;
        private ModelOpener opener;
        private LabelStore store;
        private SemanticGraph graph;
        private Path imageRoot;
        private NodeText nodeText = NodeText.NAME_WHICH_IS_GLOSS;
        private int batchSize = 32;
        private Progress progress = Progress.NONE;

        private Builder() {
        }

        public Builder setHub(ModelHub value) {
            this.hub = value;
            return this;
        }

        /** Opens the VLMs (and owns them). */
        public Builder setOpener(ModelOpener value) {
            this.opener = value;
            return this;
        }

        public Builder setStore(LabelStore value) {
            this.store = value;
            return this;
        }

        public Builder setGraph(SemanticGraph value) {
            this.graph = value;
            return this;
        }

        /** Folder the graph's image paths are relative to (the data home). */
        public Builder setImageRoot(Path value) {
            this.imageRoot = value;
            return this;
        }

        /** Node text (default {@link NodeText#NAME_WHICH_IS_GLOSS}, the paper's; the official code uses the gloss). */
        public Builder optNodeText(NodeText value) {
            this.nodeText = Objects.requireNonNull(value, "nodeText");
            return this;
        }

        /** Images per model call and per committed cache chunk (default 32). */
        public Builder optBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, got " + value);
            }
            this.batchSize = value;
            return this;
        }

        public Builder optProgress(Progress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public HubLabeler build() {
            Objects.requireNonNull(hub, "hub is required (setHub)");
            Objects.requireNonNull(opener, "opener is required (setOpener)");
            Objects.requireNonNull(store, "store is required (setStore)");
            Objects.requireNonNull(graph, "graph is required (setGraph)");
            Objects.requireNonNull(imageRoot, "imageRoot is required (setImageRoot)");
            return new HubLabeler(this);
        }
    }
}
