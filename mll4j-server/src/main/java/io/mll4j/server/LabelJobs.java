package io.mll4j.server;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.HubLabeler;
import io.mll4j.label.LabelStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Labels models registered through the server (a VLM with every node text, an expert once: its label does not depend
 * on node texts), one at a time on a background thread (labeling runs the model on every graph image, which takes
 * from seconds to hours), so that {@code POST /models} answers at once and {@code GET /models/{id}} shows the job. A
 * model takes part in selection once its label is stored.
 */
final class LabelJobs implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LabelJobs.class.getName());

    /** Where a job is. */
    enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * A labeling job.
     *
     * @param model   hub id
     * @param state   where it is
     * @param message what failed, or {@code null}
     * @param updated when the state last changed (ISO-8601)
     */
    record Job(String model, State state, String message, String updated) {
    }

    private final ModelHub hub;
    private final ModelPool pool;
    private final SemanticGraph graph;
    private final Path imageRoot;
    private final List<NodeText> nodeTexts;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mll-label");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * @param imageRoot folder the graph's image paths are relative to (the data folder of the mll4j home)
     * @param nodeTexts the node texts to label with (one label each)
     */
    LabelJobs(ModelHub hub, ModelPool pool, SemanticGraph graph, Path imageRoot, List<NodeText> nodeTexts) {
        this.hub = hub;
        this.pool = pool;
        this.graph = graph;
        this.imageRoot = imageRoot;
        this.nodeTexts = List.copyOf(nodeTexts);
    }

    /** Queues a model for labeling. */
    Job submit(HubEntry entry) {
        Job queued = update(entry.id(), State.QUEUED, null);
        executor.execute(() -> run(entry));
        return queued;
    }

    Optional<Job> job(String model) {
        return Optional.ofNullable(jobs.get(model));
    }

    private void run(HubEntry entry) {
        update(entry.id(), State.RUNNING, null);
        try (ModelPool.Lease ignored = pool.lease(List.of(entry))) {
            for (NodeText text : nodeTexts) {
                HubLabeler.builder().setHub(hub).setOpener(pool).setStore(LabelStore.inHub(hub.directory()))
                        .setGraph(graph).setImageRoot(imageRoot).optNodeText(text).build().label(entry);
            }
            update(entry.id(), State.DONE, null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "labeling " + entry.id() + " failed", e);
            update(entry.id(), State.FAILED, e.getMessage());
        }
    }

    private Job update(String model, State state, String message) {
        Job job = new Job(model, state, message, Instant.now().toString());
        jobs.put(model, job);
        return job;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
