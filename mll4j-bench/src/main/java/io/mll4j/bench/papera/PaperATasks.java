package io.mll4j.bench.papera;

import io.mll4j.bench.BenchContext;
import io.mll4j.bench.BenchEnvironment;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.HubLabeler;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The per-task state the paper-A methods share, built once per benchmark context: the expert labels are made on
 * first use (the harness labels only VLMs), then each task's {@link PaperATask}.
 */
public final class PaperATasks {
    private final Map<BenchContext, PaperATask> tasks = new IdentityHashMap<>();
    private boolean expertsLabeled;

    /** The paper-A state of a task. */
    public synchronized PaperATask of(BenchContext context) {
        PaperATask t = tasks.get(context);
        if (t == null) {
            BenchEnvironment env = context.environment();
            if (!expertsLabeled) {
                HubLabeler.builder().setHub(env.hub()).setOpener(env.opener()).setStore(env.labels())
                        .setGraph(env.graph()).setImageRoot(env.imageRoot()).build().labelAll(ModelKind.EXPERT);
                expertsLabeled = true;
            }
            t = PaperATask.build(context);
            tasks.put(context, t);
        }
        return t;
    }
}
