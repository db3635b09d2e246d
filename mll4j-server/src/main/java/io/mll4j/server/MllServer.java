package io.mll4j.server;

import com.sun.net.httpserver.HttpServer;
import io.mll4j.graph.GraphStore;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ModelHub;
import io.mll4j.onnx.HubModels;
import io.mll4j.util.Mll4jHome;
import io.mll4j.wordnet.WordNet30Lexicon;
import io.mll4j.wordnet.WordNetClassResolver;
import io.mll4j.wordnet.WordNetSynsetValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mll4j REST service and web page on the JDK's embedded HTTP server, over one hub, the current graph and
 * WordNet 3.0. Requests run on a fixed pool of threads; at most {@code inferenceSlots} of them run models at once
 * (a request waits up to 30 s for a slot, then gets 503).
 * <pre>{@code
 * try (MllServer server = MllServer.builder().optHubDirectory(hubDir).optPort(8080).build().start()) {
 *     System.out.println("listening on " + server.url());
 *     server.awaitStop();
 * }
 * }</pre>
 * Endpoints: {@code GET /health}; {@code POST /tasks}, {@code GET /tasks}, {@code GET /tasks/{id}},
 * {@code POST /tasks/{id}/predictions} (a task is paper B's {@code "method": "mll"} or paper A's {@code "chco"});
 * {@code GET /models}, {@code GET /models/{id}}, {@code POST /models}; {@code GET /hub/coverage};
 * {@code GET /graph}, {@code GET /graph/nodes/{wnid}}, {@code GET /graph/find?name=}; the page at {@code GET /}.
 */
public final class MllServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MllServer.class.getName());
    private static final Duration SLOT_WAIT = Duration.ofSeconds(30);

    private final Builder settings;
    private final ModelHub hub;
    private final SemanticGraph graph;
    private final WordNet30Lexicon wordnet;
    private final WordNetSynsetValidator synsets = new WordNetSynsetValidator();
    private final ModelPool pool;
    private final LabelJobs labelJobs;
    private final TaskStore tasks;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService evictor;
    private final HttpServer http;
    private final Object stopped = new Object();
    private boolean closed;

    private MllServer(Builder b) throws IOException {
        this.settings = b;
        this.hub = ModelHub.builder().optDirectory(b.hubDirectory).build();
        this.graph = b.graph != null ? b.graph : GraphStore.atDefault().load();
        this.wordnet = WordNet30Lexicon.open();
        this.pool = new ModelPool(HubModels.builder().optThreads(b.modelThreads)
                .optTextCacheDir(hub.directory().resolve("cache").resolve("text")).build(),
                b.idleTimeout, b.maxLoadedModels, System::nanoTime);
        this.labelJobs = new LabelJobs(hub, pool, graph, b.imageRoot, b.labelNodeTexts);
        this.tasks = new TaskStore(b.taskCapacity);
        HubLabels labels = new HubLabels(hub, graph);
        WordNetClassResolver resolver = new WordNetClassResolver(wordnet, graph);
        Router router = new Router(b.maxBodyBytes);
        router.get("/health", call -> call.sendJson(200, health()));
        new TaskRoutes(hub, pool, new SelectionService(hub, labels, resolver, pool),
                new ChcoService(hub, labels, resolver, pool), tasks, new Semaphore(b.inferenceSlots), SLOT_WAIT,
                b.maxImages).register(router);
        new ModelRoutes(hub, pool, labels, labelJobs, synsets).register(router);
        new CoverageRoutes(hub, labels).register(router);
        new GraphRoutes(graph, wordnet).register(router);
        new PageRoutes(b.docsDirectory).register(router);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(b.threads, b.threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "mll-http-" + n.incrementAndGet()));
        this.evictor = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mll-evict"));
        long period = Math.max(1000, Math.min(30_000, b.idleTimeout.toMillis() / 2));
        evictor.scheduleWithFixedDelay(pool::evictIdle, period, period, TimeUnit.MILLISECONDS);
        this.http = HttpServer.create(new InetSocketAddress(b.bindAddress, b.port), 128);
        http.createContext("/", router);
        http.setExecutor(executor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this. */
    public MllServer start() {
        http.start();
        LOG.log(System.Logger.Level.INFO, "mll serve: " + url() + " (hub " + hub.directory() + ", graph "
                + graph.version().substring(0, 12) + ", " + graph.size() + " nodes)");
        return this;
    }

    /** The port listened on (the chosen one when the port was 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = http.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Blocks until {@link #close()} is called from another thread. */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (!closed) {
                stopped.wait();
            }
        }
    }

    private Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("hub", Map.of("directory", hub.directory().toString(), "models", hub.list().size()));
        out.put("graph", Map.of("version", graph.version(), "nodes", graph.size()));
        out.put("tasks", tasks.size());
        out.put("loadedModels", pool.loaded());
        out.put("limits", Map.of("threads", settings.threads, "inferenceSlots", settings.inferenceSlots,
                "maxBodyBytes", settings.maxBodyBytes, "maxImages", settings.maxImages,
                "idleTimeoutSeconds", settings.idleTimeout.toSeconds(), "maxLoadedModels", settings.maxLoadedModels));
        return out;
    }

    /** Stops accepting requests, lets running ones finish (up to 2 s), then releases every model; idempotent. */
    @Override
    public void close() {
        synchronized (stopped) {
            if (closed) {
                return;
            }
            closed = true;
            stopped.notifyAll();
        }
        http.stop(2);
        executor.shutdown();
        evictor.shutdownNow();
        labelJobs.close();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            pool.close();
        } finally {
            synsets.close();
            wordnet.close();
            hub.close();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Every value is optional ({@code opt*}); defaults suit one machine serving on loopback. */
    public static final class Builder {
        private Path hubDirectory = Mll4jHome.hub();
        private SemanticGraph graph;
        private Path imageRoot = Mll4jHome.data();
        private Path docsDirectory;
        private String bindAddress = "127.0.0.1";
        private int port = 8080;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int inferenceSlots = Runtime.getRuntime().availableProcessors();
        private int modelThreads;
        private long maxBodyBytes = 32L << 20;
        private int maxImages = 64;
        private Duration idleTimeout = Duration.ofMinutes(10);
        private int maxLoadedModels = 8;
        private int taskCapacity = 1000;
        private List<NodeText> labelNodeTexts = List.of(NodeText.NAME_WHICH_IS_GLOSS);

        private Builder() {
        }

        /** Hub folder (default {@link Mll4jHome#hub()}). */
        public Builder optHubDirectory(Path value) {
            this.hubDirectory = Objects.requireNonNull(value, "hubDirectory");
            return this;
        }

        /** The graph (default: the current graph of the mll4j home, {@link GraphStore#atDefault()}). */
        public Builder optGraph(SemanticGraph value) {
            this.graph = Objects.requireNonNull(value, "graph");
            return this;
        }

        /** Folder the graph's image paths are relative to, for labeling registered models (default the data home). */
        public Builder optImageRoot(Path value) {
            this.imageRoot = Objects.requireNonNull(value, "imageRoot");
            return this;
        }

        /** Folder whose PNG/SVG files the page shows as benchmark plots (default none). */
        public Builder optDocsDirectory(Path value) {
            this.docsDirectory = value;
            return this;
        }

        /** Address to listen on (default {@code 127.0.0.1}: loopback only). */
        public Builder optBindAddress(String value) {
            this.bindAddress = Objects.requireNonNull(value, "bindAddress");
            return this;
        }

        /** Port (default 8080; 0 picks a free one, see {@link #port()}). */
        public Builder optPort(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be in 0..65535, got " + value);
            }
            this.port = value;
            return this;
        }

        /** Request threads (default twice the cores, at least 4). */
        public Builder optThreads(int value) {
            this.threads = atLeastOne(value, "threads");
            return this;
        }

        /** Requests that may run models at the same time (default one per core). */
        public Builder optInferenceSlots(int value) {
            this.inferenceSlots = atLeastOne(value, "inferenceSlots");
            return this;
        }

        /** ONNX Runtime intra-op threads per model (default 0: ONNX Runtime's choice). */
        public Builder optModelThreads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("modelThreads must be >= 0, got " + value);
            }
            this.modelThreads = value;
            return this;
        }

        /** Largest request body accepted (default 32 MiB); larger ones get 413. */
        public Builder optMaxBodyBytes(long value) {
            this.maxBodyBytes = atLeastOne(value, "maxBodyBytes");
            return this;
        }

        /** Most images in one prediction request (default 64). */
        public Builder optMaxImages(int value) {
            this.maxImages = atLeastOne(value, "maxImages");
            return this;
        }

        /** A model no request used for this long is released (default 10 minutes). */
        public Builder optIdleTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive, got " + value);
            }
            this.idleTimeout = value;
            return this;
        }

        /** Most models kept loaded when idle; beyond it the least recently used are released (default 8). */
        public Builder optMaxLoadedModels(int value) {
            this.maxLoadedModels = atLeastOne(value, "maxLoadedModels");
            return this;
        }

        /** Tasks kept in memory, least recently used dropped first (default 1000). */
        public Builder optTaskCapacity(int value) {
            this.taskCapacity = atLeastOne(value, "taskCapacity");
            return this;
        }

        /** Node texts a registered VLM is labeled with (default the paper's, name-which-is-gloss). */
        public Builder optLabelNodeTexts(List<NodeText> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("labelNodeTexts must not be empty");
            }
            this.labelNodeTexts = List.copyOf(value);
            return this;
        }

        /**
         * Opens the hub, graph, WordNet and the listening socket (not yet serving: {@link MllServer#start()}).
         *
         * @throws UncheckedIOException when the address cannot be bound
         */
        public MllServer build() {
            try {
                return new MllServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
            }
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + value);
            }
            return value;
        }

        private static long atLeastOne(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + value);
            }
            return value;
        }
    }
}
