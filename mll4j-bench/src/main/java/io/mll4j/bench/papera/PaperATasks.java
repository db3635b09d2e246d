package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchEnvironment;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.HubLabeler;

import io.mll4j.combine.LabeledExpert;
import io.mll4j.combine.LabeledExperts;
import io.mll4j.expert.ExpertLabelStore;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.LabeledModels;
import io.mll4j.select.MethodVariant;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-task state the paper-A methods share, built once per benchmark context: the expert labels are made on
 * first use (the harness labels only VLMs) and every label is loaded once; then each task's {@link PaperATask}.
 */
public final class PaperATasks {
    private final Map<BenchContext, PaperATask> tasks = new IdentityHashMap<>();
    private List<LabeledExpert> experts;
    private List<LabeledModel> vlms;

    /** The paper-A state of a task. */
    public synchronized PaperATask of(BenchContext context) {
        PaperATask t = tasks.get(context);
        if (t == null) {
            BenchEnvironment env = context.environment();
            if (experts == null) {
                HubLabeler.builder().setHub(env.hub()).setOpener(env.opener()).setStore(env.labels())
                        .setGraph(env.graph()).setImageRoot(env.imageRoot()).build().labelAll(ModelKind.EXPERT);
                experts = LabeledExperts.load(env.hub(), new ExpertLabelStore(env.labels().root()), env.graph(),
                        List.of());
                boolean anyVlm = env.hub().list().stream().anyMatch(e -> e.manifest().kind() == ModelKind.VLM);
                vlms = anyVlm ? LabeledModels.load(env.hub(), env.labels(), env.graph(),
                        MethodVariant.PAPER.nodeText(), List.of()) : List.of();
            }
            t = PaperATask.build(context, experts, vlms);
            tasks.put(context, t);
        }
        return t;
    }
}
