package io.mll4j.bench;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelKind;

import java.util.Set;

/**
 * A way to solve a benchmark task: select models from the hub for its classes and combine them. A method is a small
 * class: it reads what it needs from the {@link BenchContext} (cached outputs, MLL selections, text embeddings,
 * the other tasks of the suite) and returns a {@link MethodRun}; the harness scores nothing itself except through
 * {@link MethodRun#evaluate}, writes one JSON per (task, method, k, α) and skips runs already done.
 * <p>To add a method: implement this interface (usually by choosing a {@code class → models} selection and calling
 * {@link MethodRun#evaluate}), give it a unique file-name safe {@link #name()}, and register it in
 * {@link BenchMethods}. Methods that read test labels must say so with {@link #upperBound()}.
 */
public interface BenchMethod {
    /** Unique id, {@code [a-z0-9-]+}: part of run file names and table columns (e.g. {@code mll-paper}). */
    String name();

    /** One line for the results document's legend. */
    String description();

    /** Whether {@code k} changes what it does (runs are then keyed by k). */
    boolean usesK();

    /** Whether α changes what it does (runs are then keyed by α). */
    default boolean usesAlpha() {
        return false;
    }

    /**
     * Whether its result depends on the other tasks of the suite (a fit across tasks); its runs then go stale when
     * any task of the suite changes.
     */
    default boolean usesSuite() {
        return false;
    }

    /** Whether it reads the test labels: an oracle, reported as an upper bound, never as a competitor. */
    default boolean upperBound() {
        return false;
    }

    /** Kinds of hub models whose outputs it needs computed (VLMs for paper-B methods). */
    default Set<ModelKind> needs() {
        return Set.of(ModelKind.VLM);
    }

    /**
     * Node texts of the paper-B labels it selects with (empty: none); the harness labels missing models first
     * ({@code mll label}).
     */
    default Set<NodeText> labelTexts() {
        return Set.of();
    }

    /**
     * Solves one task.
     *
     * @param context the task and everything the harness prepared for it
     * @param params  k, α, seed
     * @return predictions scored, selection and cost
     */
    MethodRun run(BenchContext context, RunParams params);
}
