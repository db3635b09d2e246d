package io.mll4j.server;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelOpener;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.TextEmbedder;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.HubModels;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The server's models, shared by every request and task: each is opened on first use ({@link HubModels}) and
 * released when no request holds it and it has been idle longer than the idle timeout, or, beyond the cap on
 * loaded models, least recently used first. A request {@link #lease leases} its models before using them and
 * closes the lease after; only unleased models are ever released, so no request sees a model closed under it.
 * Text encoders stay loaded (they serve matching and are shared by VLM text towers).
 */
final class ModelPool implements ModelOpener {
    private static final System.Logger LOG = System.getLogger(ModelPool.class.getName());

    private final HubModels models;
    private final long idleNanos;
    private final int maxLoaded;
    private final LongSupplier clock;
    private final Map<Path, Use> uses = new HashMap<>();

    /** How one model is used. */
    private static final class Use {
        final HubEntry entry;
        int leases;
        long lastUsed;
        boolean loaded;

        Use(HubEntry entry) {
            this.entry = entry;
        }
    }

    /** A loaded model as {@code /health} shows it. */
    record Loaded(String id, int leases, long idleMillis) {
    }

    /** Holds models for the length of one request; closing it twice is harmless. */
    final class Lease implements AutoCloseable {
        private final List<Path> keys;
        private boolean closed;

        private Lease(List<Path> keys) {
            this.keys = keys;
        }

        @Override
        public void close() {
            synchronized (ModelPool.this) {
                if (closed) {
                    return;
                }
                closed = true;
                long now = clock.getAsLong();
                for (Path key : keys) {
                    Use u = uses.get(key);
                    u.leases--;
                    u.lastUsed = now;
                }
                trim();
            }
        }
    }

    ModelPool(HubModels models, Duration idleTimeout, int maxLoaded, LongSupplier clock) {
        if (maxLoaded < 1) {
            throw new IllegalArgumentException("maxLoaded must be >= 1, got " + maxLoaded);
        }
        this.models = models;
        this.idleNanos = idleTimeout.toNanos();
        this.maxLoaded = maxLoaded;
        this.clock = clock;
    }

    /** Holds these models until the lease is closed (they are opened on first use, not here). */
    synchronized Lease lease(Collection<HubEntry> entries) {
        List<Path> keys = new ArrayList<>();
        for (HubEntry e : entries) {
            Use u = uses.computeIfAbsent(e.directory(), k -> new Use(e));
            u.leases++;
            keys.add(e.directory());
        }
        return new Lease(keys);
    }

    @Override
    public VisionLanguageModel vlm(HubEntry entry) {
        Use u = requireLeased(entry);
        VisionLanguageModel vlm = models.vlm(entry);
        loaded(u);
        return vlm;
    }

    @Override
    public ImageClassifier classifier(HubEntry entry) {
        Use u = requireLeased(entry);
        ImageClassifier classifier = models.classifier(entry);
        loaded(u);
        return classifier;
    }

    /** A bundled text encoder, loaded once and never released. */
    TextEmbedder textEncoder(String id) {
        return models.textEncoder(id);
    }

    /** Releases models idle longer than the timeout; called periodically. */
    synchronized void evictIdle() {
        long now = clock.getAsLong();
        for (Use u : List.copyOf(uses.values())) {
            if (u.loaded && u.leases == 0 && now - u.lastUsed >= idleNanos) {
                release(u, "idle");
            }
        }
    }

    /** The loaded models, most recently used first. */
    synchronized List<Loaded> loaded() {
        long now = clock.getAsLong();
        return uses.values().stream().filter(u -> u.loaded).sorted(Comparator.comparingLong((Use u) -> -u.lastUsed))
                .map(u -> new Loaded(u.entry.id(), u.leases, Duration.ofNanos(now - u.lastUsed).toMillis())).toList();
    }

    /** Whether this entry's model is loaded now. */
    synchronized boolean isLoaded(HubEntry entry) {
        Use u = uses.get(entry.directory());
        return u != null && u.loaded;
    }

    @Override
    public void close() {
        models.close();
    }

    private synchronized Use requireLeased(HubEntry entry) {
        Use u = uses.get(entry.directory());
        if (u == null || u.leases == 0) {
            // a model used without a lease could be released while in use
            throw new IllegalStateException("Model '" + entry.id() + "' is used without a lease");
        }
        return u;
    }

    private synchronized void loaded(Use u) {
        u.loaded = true;
        u.lastUsed = clock.getAsLong();
        trim();
    }

    /** Releases least recently used unleased models while more than the cap are loaded. */
    private void trim() {
        List<Use> idle = uses.values().stream().filter(u -> u.loaded && u.leases == 0)
                .sorted(Comparator.comparingLong(u -> u.lastUsed)).toList();
        long loaded = uses.values().stream().filter(u -> u.loaded).count();
        for (int i = 0; i < idle.size() && loaded > maxLoaded; i++, loaded--) {
            release(idle.get(i), "over the cap of " + maxLoaded + " loaded models");
        }
    }

    private void release(Use u, String why) {
        models.release(u.entry);
        u.loaded = false;
        if (u.leases == 0) {
            uses.remove(u.entry.directory());
        }
        LOG.log(System.Logger.Level.INFO, "released model " + u.entry.id() + " (" + why + ")");
    }
}
