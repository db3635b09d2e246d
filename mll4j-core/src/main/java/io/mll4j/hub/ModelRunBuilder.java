package io.mll4j.hub;

import io.mll4j.progress.BatchedBuilder;

import java.util.Objects;

/**
 * The settings every builder of a {@link ModelRun} shares: {@code set*} required, {@code opt*} optional.
 *
 * @param <B> the concrete builder, returned by every setting for chaining
 */
public abstract class ModelRunBuilder<B extends ModelRunBuilder<B>> extends BatchedBuilder<B> {
    private ModelHub hub;
    private ModelOpener opener;

    /** Where model ids are looked up. */
    public B setHub(ModelHub value) {
        this.hub = value;
        return self();
    }

    /** Opens (and owns) the models. */
    public B setOpener(ModelOpener value) {
        this.opener = value;
        return self();
    }

    /** The settings, once the hub and the opener are set. */
    protected ModelRun run() {
        Objects.requireNonNull(hub, "hub is required (setHub)");
        Objects.requireNonNull(opener, "opener is required (setOpener)");
        return new ModelRun(hub, opener, batchSize(), progress());
    }
}
