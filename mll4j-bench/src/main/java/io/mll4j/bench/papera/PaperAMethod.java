package io.mll4j.bench.papera;

import io.mll4j.bench.BenchMethod;
import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelKind;
import io.mll4j.select.MethodVariant;

import java.util.Set;

/** What every paper-A method shares: the task cache, expert and VLM outputs, paper-variant labels for the patch. */
abstract class PaperAMethod implements BenchMethod {
    protected final PaperATasks tasks;

    PaperAMethod(PaperATasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Set<ModelKind> needs() {
        return Set.of(ModelKind.VLM, ModelKind.EXPERT);
    }

    @Override
    public Set<NodeText> labelTexts() {
        return Set.of(MethodVariant.PAPER.nodeText());
    }

    @Override
    public boolean usesK() {
        return false;
    }
}
