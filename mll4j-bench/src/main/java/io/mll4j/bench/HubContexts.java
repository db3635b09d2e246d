package io.mll4j.bench;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.LabeledModels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link BenchContext}s of a suite on a real hub, sharing what is expensive: model outputs are computed per data
 * set on first use, for the images of <em>every</em> suite task on it (one pass per model and image), and labels are
 * loaded once per node text.
 */
public final class HubContexts {
    private final BenchEnvironment env;
    private final OutputRunner runner;
    private final List<HubEntry> vlms;
    private final List<HubEntry> modelsToRun;
    private final List<ModelInfo> vlmInfos;
    private final Map<String, int[]> neededByDataset = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<Integer, float[]>>> rows = new HashMap<>();
    private final Map<NodeText, List<LabeledModel>> labeled = new HashMap<>();
    private final List<BenchContext> contexts = new ArrayList<>();

    /**
     * @param env      the hub and its companions
     * @param runner   computes and caches outputs
     * @param tasks    the suite's tasks with their scored images (contexts in this order)
     * @param kinds    kinds of models whose outputs are needed (VLM; EXPERT for paper-A methods)
     */
    public HubContexts(BenchEnvironment env, OutputRunner runner, Map<BenchTask, ScoredImages> tasks,
                       Set<ModelKind> kinds) {
        this.env = env;
        this.runner = runner;
        List<HubEntry> all = env.hub().list();
        this.vlms = all.stream().filter(e -> e.manifest().kind() == ModelKind.VLM).toList();
        this.modelsToRun = all.stream().filter(e -> kinds.contains(e.manifest().kind())).toList();
        this.vlmInfos = vlms.stream().map(ModelInfo::of).toList();
        Map<String, TreeSet<Integer>> needed = new LinkedHashMap<>();
        tasks.values().forEach(images -> images.byDataset().forEach((d, idx) -> {
            TreeSet<Integer> set = needed.computeIfAbsent(d, x -> new TreeSet<>());
            for (int i : idx) {
                set.add(i);
            }
        }));
        needed.forEach((d, set) -> neededByDataset.put(d, set.stream().mapToInt(Integer::intValue).toArray()));
        tasks.forEach((task, images) -> contexts.add(new HubTaskContext(this, task, images)));
    }

    /** The contexts, in suite order. */
    public List<BenchContext> contexts() {
        return List.copyOf(contexts);
    }

    /** The context of a task. */
    public BenchContext context(String task) {
        return contexts.stream().filter(c -> c.task().name().equals(task)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No context for task '" + task + "'"));
    }

    BenchEnvironment env() {
        return env;
    }

    List<ModelInfo> vlmInfos() {
        return vlmInfos;
    }

    HubEntry entry(String id) {
        return env.hub().get(id);
    }

    /** Computes (or loads) every model's outputs on these data sets now, so that later runs only combine them. */
    public synchronized void prefetch(Set<String> datasets) {
        for (String d : datasets) {
            if (neededByDataset.containsKey(d)) {
                rows.computeIfAbsent(d, x -> runner.ensure(modelsToRun, x, neededByDataset.get(x)));
            }
        }
    }

    /** A model's raw outputs on the given images, computing the data sets' outputs on first use. */
    synchronized float[][] rows(String model, ScoredImages images) {
        float[][] out = new float[images.size()][];
        for (int i = 0; i < out.length; i++) {
            ScoredImages.ImageRef ref = images.images().get(i);
            Map<String, Map<Integer, float[]>> byModel = rows.computeIfAbsent(ref.dataset(),
                    d -> runner.ensure(modelsToRun, d, neededByDataset.get(d)));
            Map<Integer, float[]> mine = byModel.get(model);
            if (mine == null) {
                throw new IllegalArgumentException("No outputs computed for model '" + model + "'");
            }
            out[i] = mine.get(ref.index());
        }
        return out;
    }

    /** The candidates with their labels for a node text (hub order, as {@link #vlmInfos()}). */
    synchronized List<LabeledModel> labeled(NodeText nodeText) {
        return labeled.computeIfAbsent(nodeText, nt -> {
            List<LabeledModel> models = LabeledModels.load(env.hub(), env.labels(), env.graph(), nt, List.of());
            List<String> ids = models.stream().map(LabeledModel::id).toList();
            if (!ids.equals(vlmInfos.stream().map(ModelInfo::id).toList())) {
                throw new IllegalStateException("label order " + ids + " differs from hub order");
            }
            return models;
        });
    }
}
