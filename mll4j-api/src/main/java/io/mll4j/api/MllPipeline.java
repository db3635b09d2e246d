package io.mll4j.api;

import io.mll4j.combine.ChcoSelector;
import io.mll4j.combine.CombinationReuser;
import io.mll4j.graph.GraphStore;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.HubLabeler;
import io.mll4j.label.LabelStore;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.HubModels;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.reuse.Reuser;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.Selector;
import io.mll4j.task.ClassResolver;
import io.mll4j.task.Task;
import io.mll4j.util.Mll4jHome;
import io.mll4j.wordnet.WordNet30Lexicon;
import io.mll4j.wordnet.WordNetClassResolver;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Model Label Learning in one object: which of the hub's models should classify a task, from its class names alone,
 * and their predictions. It opens the hub, the graph the hub is labeled on, WordNet 3.0 and the ONNX models on first
 * use, shares them across tasks, and closes them together.
 * <pre>{@code
 * try (MllPipeline mll = MllPipeline.builder().build()) {              // $MLL4J_HUB_DIR, $MLL4J_HOME graph
 *     SelectedTask task = mll.select(Task.of("tabby cat", "sneaker", "seven"));   // paper B: VLMs per class
 *     System.out.println(task.explain());                               // matched synsets, chosen models, why
 *     PredictionReport predictions = task.predict(images);
 *     CombinedTask experts = mll.combine(Task.of("sneaker", "sandal"));  // paper A: CHCO over expert heads
 * }
 * }</pre>
 * Every switch of the underlying {@link Selector}, {@link ChcoSelector}, {@link Reuser} and {@link HubLabeler} stays
 * reachable: {@link #selector()}, {@link #chcoSelector()}, {@link #reuser()} and {@link #labeler()} hand out their
 * builders with the shared parts already set.
 */
public final class MllPipeline implements AutoCloseable {
    /** Matches class names to graph nodes unless another encoder is set: the one the demo hub is calibrated on. */
    public static final String DEFAULT_TEXT_ENCODER = "all-minilm-l6-v2-q";

    private final ModelHub hub;
    private final HubModels models;
    private final String textEncoder;
    private final MethodVariant variant;
    private final Path imageRoot;
    private SemanticGraph graph;
    private WordNet30Lexicon wordnet;
    private ClassResolver resolver;

    private MllPipeline(Builder b) {
        this.textEncoder = b.textEncoder;
        this.variant = b.variant;
        this.imageRoot = b.imageRoot;
        this.graph = b.graph;
        this.hub = b.hubDirectory == null ? ModelHub.builder().build()
                : ModelHub.builder().optDirectory(b.hubDirectory).build();
        // Text-tower outputs are cached next to the labels: the same texts are embedded for every task.
        this.models = HubModels.builder().optTextCacheDir(hub.directory().resolve("cache").resolve("text")).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Paper B: matches the classes on the graph and keeps, per class, the VLMs whose labels are best there.
     *
     * @throws io.mll4j.exception.TaskException when the task is invalid or a class matches no graph node well
     * @throws io.mll4j.exception.HubException  when a VLM has no label for this graph yet (label it first)
     */
    public SelectedTask select(Task task) {
        return new SelectedTask(selector().build().select(task), this);
    }

    /** {@link #select(Task)} for class names. */
    public SelectedTask select(String... classNames) {
        return select(Task.of(List.of(classNames)));
    }

    /**
     * Paper A: CHCO picks the combination of expert heads that covers the task best, with a VLM as the patch for
     * classes no expert covers.
     *
     * @throws io.mll4j.expert.UncoveredClassException when some class is covered by no head and no patch
     */
    public CombinedTask combine(Task task) {
        return new CombinedTask(chcoSelector().build().select(task).requireComplete(), this);
    }

    /** {@link #combine(Task)} for class names. */
    public CombinedTask combine(String... classNames) {
        return combine(Task.of(List.of(classNames)));
    }

    /** Labels every model of the hub not labeled on this graph yet (VLMs and experts; resumable). */
    public List<HubLabeler.Outcome> labelAll() {
        return labeler().build().labelAll();
    }

    /** Paper B's selector with the hub, labels, graph, resolver, text encoder and variant set. */
    public Selector.Builder selector() {
        return Selector.builder().setGraph(graph()).setHub(hub).setLabelStore(labels()).setResolver(resolver())
                .setEmbedder(textEncoder()).optVariant(variant);
    }

    /** Paper A's selector with the hub, labels, graph, resolver, text encoder, opener and variant set. */
    public ChcoSelector.Builder chcoSelector() {
        return ChcoSelector.builder().setGraph(graph()).setHub(hub).setLabelStore(labels()).setResolver(resolver())
                .setEmbedder(textEncoder()).setOpener(models).optVariant(variant);
    }

    /** Paper B's reuse over this pipeline's models, with the variant's prompt. */
    public Reuser.Builder reuser() {
        return Reuser.builder().setHub(hub).setOpener(models).optPrompt(variant.prompt());
    }

    /** Paper A's reuse over this pipeline's models. */
    public CombinationReuser.Builder combinationReuser() {
        return CombinationReuser.builder().setHub(hub).setOpener(models);
    }

    /** The labeler of this hub on this graph, with the variant's node text. */
    public HubLabeler.Builder labeler() {
        return HubLabeler.builder().setHub(hub).setOpener(models).setStore(labels()).setGraph(graph())
                .setImageRoot(imageRoot == null ? Mll4jHome.data() : imageRoot).optNodeText(variant.nodeText());
    }

    public ModelHub hub() {
        return hub;
    }

    /** The ONNX models, opened once and shared by every task of this pipeline. */
    public HubModels models() {
        return models;
    }

    public LabelStore labels() {
        return LabelStore.inHub(hub.directory());
    }

    /** The graph (loaded from the default graph store on first use unless one was set). */
    public synchronized SemanticGraph graph() {
        if (graph == null) {
            graph = GraphStore.atDefault().load();
        }
        return graph;
    }

    /** Class names → synsets over WordNet 3.0, graph nodes first (WordNet is opened on first use). */
    public synchronized ClassResolver resolver() {
        if (resolver == null) {
            wordnet = WordNet30Lexicon.open();
            resolver = new WordNetClassResolver(wordnet, graph());
        }
        return resolver;
    }

    /** The embedder matching class names to node texts. */
    public TextEmbedder textEncoder() {
        return models.textEncoder(textEncoder);
    }

    /** Which reading of paper B sets the defaults. */
    public MethodVariant variant() {
        return variant;
    }

    @Override
    public synchronized void close() {
        try {
            models.close();
        } finally {
            try {
                if (wordnet != null) {
                    wordnet.close();
                }
            } finally {
                hub.close();
            }
        }
    }

    /** {@code opt*} only: every part has a default. */
    public static final class Builder {
        private Path hubDirectory;
        private SemanticGraph graph;
        private Path imageRoot;
        private String textEncoder = DEFAULT_TEXT_ENCODER;
        private MethodVariant variant = MethodVariant.PAPER;

        private Builder() {
        }

        /** The hub folder (default: {@code $MLL4J_HUB_DIR}, else {@code $MLL4J_HOME/hub}). */
        public Builder optHubDirectory(Path value) {
            this.hubDirectory = value;
            return this;
        }

        /** The graph the hub is labeled on (default: the current graph of {@code $MLL4J_HOME/graph}). */
        public Builder optGraph(SemanticGraph value) {
            this.graph = value;
            return this;
        }

        /** Where the graph's node images live, for labeling (default: {@code $MLL4J_HOME/data}). */
        public Builder optImageRoot(Path value) {
            this.imageRoot = value;
            return this;
        }

        /** The text encoder matching class names to graph nodes, by id (see {@link TextEncoders}). */
        public Builder optTextEncoder(String value) {
            TextEncoders.byId(value);  // fail here, naming the known ids, rather than at the first task
            this.textEncoder = value;
            return this;
        }

        /** Paper B's reading whose defaults apply: the paper's text (default) or the official code. */
        public Builder optVariant(MethodVariant value) {
            this.variant = Objects.requireNonNull(value, "variant");
            return this;
        }

        public MllPipeline build() {
            return new MllPipeline(this);
        }
    }
}
