package io.mll4j.bench;

import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport;

import java.util.List;

/**
 * Everything a {@link BenchMethod} may use on one task. The harness ({@link SuiteContexts}) backs it with the hub,
 * the graph, the labels and the cached outputs; tests back it with hand-made numbers. Only
 * {@link TaskOutputs#labels()} carries test labels: methods that are not upper bounds must not read them (the
 * outputs of the <em>other</em> tasks of {@link #suite()} may be used with labels, as a fit on sample data sets).
 */
public interface BenchContext {
    /** The task. */
    BenchTask task();

    /** Candidate VLMs, in hub order (the order that breaks ties). */
    List<ModelInfo> vlms();

    /** Every candidate VLM's p(y|x) over the task's classes on the scored images, class texts from {@code prompt}. */
    TaskOutputs outputs(Prompt prompt);

    /**
     * Paper-B selection on this task (matching, labels, scores), as {@code mll select} makes it; uncovered classes
     * are allowed and flagged in the report.
     */
    SelectionReport select(MethodVariant variant, SelectionConfig config);

    /** Paper-B reuse scores of every candidate VLM (hub order) on this task's classes. */
    ReuseScores reuseScores(MethodVariant variant, SelectionConfig config);

    /** Lexical facts about a class (text-only methods). */
    ClassDescription describe(String className);

    /** L2-normalised embeddings of {@code texts} by a VLM's own text tower. */
    float[][] encodeTexts(String modelId, List<String> texts);

    /** Every task context of the run, this one included, in suite order (for fits on the other tasks). */
    List<BenchContext> suite();

    /**
     * Raw outputs of a hub model on the scored images, in {@link TaskOutputs} image order: a VLM's image embeddings
     * or an expert's logits (for methods that combine experts, e.g. paper A).
     *
     * @throws UnsupportedOperationException when this context has no hub behind it
     */
    default float[][] rawOutputs(String modelId) {
        throw new UnsupportedOperationException("raw outputs are not available in this context");
    }

    /**
     * The hub, graph and model opener behind this context (for methods that need more than the above).
     *
     * @throws UnsupportedOperationException when this context has no hub behind it
     */
    default BenchEnvironment environment() {
        throw new UnsupportedOperationException("no hub environment in this context");
    }
}
