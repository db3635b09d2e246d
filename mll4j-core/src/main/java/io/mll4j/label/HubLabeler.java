package io.mll4j.label;

import io.mll4j.expert.ExpertLabel;
import io.mll4j.expert.ExpertLabelStore;
import io.mll4j.expert.ExpertLabeler;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelRun;
import io.mll4j.hub.ModelRunBuilder;
import io.mll4j.progress.Progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Labels the hub's models on a graph and stores the labels: VLMs by their image and node-text embeddings (paper B
 * §3), experts by their softmax over their own head on every node image (paper A's "pre-test", {@link ExpertLabeler},
 * kept in an {@link ExpertLabelStore} under the same root). A model whose label for (model fingerprint, graph
 * version, node text — {@value ExpertLabelStore#OUTPUT_VARIANT} for experts) is already stored is skipped;
 * otherwise a resumable labeler computes it with the per-image cache of the store, so a killed run continues where
 * it stopped and a grown graph costs only its new images.
 */
public final class HubLabeler {
    private final ModelRun run;
    private final LabelStore store;
    private final ExpertLabelStore expertStore;
    private final SemanticGraph graph;
    private final Path imageRoot;
    private final NodeText nodeText;
    private LabelingInput input;

    /** What happened to one model. */
    public enum Status { LABELED, ALREADY_LABELED }

    /**
     * @param model  hub id
     * @param kind   VLM or expert
     * @param key    the label's key
     * @param status labeled now, or found in the store
     * @param nodes  graph nodes covered
     * @param images distinct images embedded
     * @param took   wall time of this model
     */
    public record Outcome(String model, ModelKind kind, LabelKey key, Status status, int nodes, int images,
                          Duration took) {
    }

    private HubLabeler(Builder b, ModelRun run) {
        this.run = run;
        this.store = b.store;
        this.expertStore = new ExpertLabelStore(b.store.root());
        this.graph = b.graph;
        this.imageRoot = b.imageRoot;
        this.nodeText = b.nodeText;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key a model's label has on this graph (with this node text for a VLM). */
    public LabelKey keyOf(HubEntry entry) {
        return entry.manifest().kind() == ModelKind.EXPERT ? ExpertLabelStore.keyOf(entry.manifest(), graph.version())
                : LabelKey.of(entry.manifest(), graph.version(), nodeText);
    }

    /** Labels every model of the hub (VLMs and experts), in hub order. */
    public List<Outcome> labelAll() {
        return run.hub().list().stream().map(this::label).toList();
    }

    /** Labels every model of one kind, in hub order. */
    public List<Outcome> labelAll(ModelKind kind) {
        return run.hub().list().stream().filter(e -> e.manifest().kind() == kind).map(this::label).toList();
    }

    /** Labels one model (a VLM or an expert) unless its label is stored. */
    public Outcome label(HubEntry entry) {
        long start = System.nanoTime();
        ModelKind kind = entry.manifest().kind();
        LabelKey key = keyOf(entry);
        boolean stored = kind == ModelKind.EXPERT ? expertStore.exists(key) : store.exists(key);
        if (stored) {
            return new Outcome(entry.id(), kind, key, Status.ALREADY_LABELED, graph.size(), graph.allImages().size(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        LabelingInput in = input();
        int images;
        if (kind == ModelKind.EXPERT) {
            ExpertLabel label = ExpertLabeler.builder().setModel(run.opener().classifier(entry)).setInput(in)
                    .setCacheDir(expertStore.cacheDir(key)).setImageLoader(new GraphImageLoader(in.images()))
                    .optBatchSize(run.batchSize()).optProgress(prefixed(entry.id())).build().label();
            expertStore.save(key, label);
            images = label.imageCount();
        } else {
            EmbeddingLabel label = Labeler.builder().setModel(run.opener().vlm(entry)).setInput(in)
                    .setCacheDir(store.cacheDir(key)).setImageLoader(new GraphImageLoader(in.images()))
                    .optBatchSize(run.batchSize()).optProgress(prefixed(entry.id())).build().label();
            store.save(key, label);
            images = label.imageEmbeddings().length;
        }
        return new Outcome(entry.id(), kind, key, Status.LABELED, in.nodeImages().length, images,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The progress with the model's id in front of each task name, so that a run over the hub reads well. */
    private Progress prefixed(String model) {
        return new Progress() {
            @Override
            public void start(String task, long total) {
                run.progress().start(model + ": " + task, total);
            }

            @Override
            public void advance(long done) {
                run.progress().advance(done);
            }

            @Override
            public void finish() {
                run.progress().finish();
            }
        };
    }

    private LabelingInput input() {
        if (input == null) {
            input = LabelingInput.of(graph, nodeText, imageRoot);
        }
        return input;
    }

    /**
     * {@code set*} required, {@code opt*} optional. The opener opens the models to label (and owns them); the batch
     * size is also the size of a committed cache chunk.
     */
    public static final class Builder extends ModelRunBuilder<Builder> {
        private LabelStore store;
        private SemanticGraph graph;
        private Path imageRoot;
        private NodeText nodeText = NodeText.NAME_WHICH_IS_GLOSS;

        private Builder() {
        }

        @Override
        protected Builder self() {
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

        public HubLabeler build() {
            ModelRun run = run();
            Objects.requireNonNull(store, "store is required (setStore)");
            Objects.requireNonNull(graph, "graph is required (setGraph)");
            Objects.requireNonNull(imageRoot, "imageRoot is required (setImageRoot)");
            return new HubLabeler(this, run);
        }
    }
}
