package io.mll4j.bench;

import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.label.NodeScores;
import io.mll4j.match.ClassText;
import io.mll4j.match.TaskMatcher;
import io.mll4j.match.TaskMatching;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport;
import io.mll4j.select.Selector;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A task's {@link BenchContext} on a real hub (see {@link HubContexts}); memoises outputs and matchings. */
final class HubTaskContext implements BenchContext {
    private final HubContexts shared;
    private final BenchTask task;
    private final ScoredImages images;
    private final Map<Prompt, TaskOutputs> outputs = new EnumMap<>(Prompt.class);
    private final Map<String, TaskMatching> matchings = new HashMap<>();

    HubTaskContext(HubContexts shared, BenchTask task, ScoredImages images) {
        this.shared = shared;
        this.task = task;
        this.images = images;
    }

    @Override
    public BenchTask task() {
        return task;
    }

    @Override
    public List<ModelInfo> vlms() {
        return shared.vlmInfos();
    }

    @Override
    public synchronized TaskOutputs outputs(Prompt prompt) {
        return outputs.computeIfAbsent(prompt, p -> {
            List<String> texts = task.classNames().stream().map(p::of).toList();
            List<ModelInfo> vlms = vlms();
            double[][][] probabilities = new double[vlms.size()][][];
            for (int m = 0; m < vlms.size(); m++) {
                float[][] classTexts = encodeTexts(vlms.get(m).id(), texts);
                probabilities[m] = TaskOutputs.zeroShot(shared.rows(vlms.get(m).id(), images), classTexts);
            }
            return new TaskOutputs(task.classNames(), images.labels(), vlms.stream().map(ModelInfo::id).toList(),
                    probabilities);
        });
    }

    @Override
    public SelectionReport select(MethodVariant variant, SelectionConfig config) {
        BenchEnvironment env = shared.env();
        Selector selector = Selector.builder().setGraph(env.graph()).setHub(env.hub()).setLabelStore(env.labels())
                .setResolver(env.resolver()).setEmbedder(env.embedder()).optVariant(variant).optConfig(config)
                .optAllowUncovered(true).build();
        return selector.select(task.toTask(), matching(variant.nodeText(), config.topNodes()),
                shared.labeled(variant.nodeText()));
    }

    @Override
    public ReuseScores reuseScores(MethodVariant variant, SelectionConfig config) {
        TaskMatching m = matching(variant.nodeText(), config.topNodes());
        List<NodeScores> labels = shared.labeled(variant.nodeText()).stream().map(LabeledModel::label)
                .toList();
        return ReuseScores.compute(labels, m.matching().selectedNodes(), m.matching().z(), config);
    }

    private synchronized TaskMatching matching(NodeText nodeText, int topNodes) {
        BenchEnvironment env = shared.env();
        return matchings.computeIfAbsent(nodeText + "/" + topNodes, k -> TaskMatcher.builder().setGraph(env.graph())
                .setEmbedder(env.embedder()).setResolver(env.resolver()).optNodeText(nodeText)
                .optClassText(ClassText.WORDNET).optTopNodes(topNodes).build().match(task.toTask()));
    }

    @Override
    public ClassDescription describe(String className) {
        List<Synset> candidates = shared.env().resolver().candidates(className);
        if (candidates.isEmpty()) {
            return new ClassDescription(className, List.of(), null, null);
        }
        Synset best = candidates.getFirst();
        SemanticGraph graph = shared.env().graph();
        String superclass = null;
        if (graph.contains(best.id()) && !graph.parents(best.id()).isEmpty()) {
            superclass = graph.node(graph.parents(best.id()).getFirst()).name();
        }
        return new ClassDescription(className, best.lemmas(), best.gloss(), superclass);
    }

    @Override
    public float[][] encodeTexts(String modelId, List<String> texts) {
        return shared.env().opener().vlm(shared.entry(modelId)).encodeTexts(texts);
    }

    @Override
    public List<BenchContext> suite() {
        return shared.contexts();
    }

    @Override
    public float[][] rawOutputs(String modelId) {
        return shared.rows(modelId, images);
    }

    @Override
    public BenchEnvironment environment() {
        return shared.env();
    }

    /** The scored images (for harness bookkeeping). */
    ScoredImages images() {
        return images;
    }
}
