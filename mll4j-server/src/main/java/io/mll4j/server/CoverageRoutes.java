package io.mll4j.server;

import io.mll4j.combine.LabeledExpert;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.select.LabeledModel;
import io.mll4j.select.MethodVariant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /hub/coverage[?variant=paper|code]}: what the hub's labeled models know about each part of the graph,
 * as a models × regions matrix ({@link GraphRegions}: at most 16 columns). Rows are every labeled model, experts and
 * VLMs, in hub order; a cell is in [0, 1] or {@code null}:
 * <ul>
 * <li>expert: the share of the region's nodes its head covers, by CHCO's rule (io.mll4j.expert.HeadCoverage): a
 *     node is covered when one of the head's label synsets is the node or below it;</li>
 * <li>VLM: the mean per-node F1 of its label over the region's nodes that have images of their own
 *     ({@link NodeQuality}: each image put in the node the label scores highest among all graph nodes),
 *     {@code null} when none has.</li>
 * </ul>
 * {@code counts} gives, per cell, the nodes behind the value (covered nodes; nodes with images). Rows are kept in
 * memory per label key, and the VLM counts on disk, so only a newly labeled model costs anything.
 */
final class CoverageRoutes {
    /** Most columns of the map: beyond that a heat map stops being readable at a glance. */
    static final int MAX_REGIONS = 16;

    private final ModelHub hub;
    private final HubLabels labels;
    private final Path cacheDir;
    private final GraphRegions regions;
    private final Map<LabelKey, Row> rows = new ConcurrentHashMap<>();

    /**
     * One model's row.
     *
     * @param id     hub id
     * @param kind   expert or VLM
     * @param values per region, its value ({@code null}: nothing to say)
     * @param counts per region, how many nodes the value rests on
     */
    record Row(String id, ModelKind kind, List<Double> values, List<Integer> counts) {
    }

    CoverageRoutes(ModelHub hub, HubLabels labels) {
        this.hub = hub;
        this.labels = labels;
        this.cacheDir = hub.directory().resolve("cache").resolve("coverage");
        this.regions = GraphRegions.of(labels.graph(), MAX_REGIONS);
    }

    void register(Router router) {
        router.get("/hub/coverage", this::coverage);
    }

    private void coverage(HttpCall call) throws IOException {
        MethodVariant variant = call.query("variant")
                .map(v -> TaskRequest.parseChoice(v, "variant", MethodVariant.class)).orElse(MethodVariant.PAPER);
        NodeText nodeText = variant.nodeText();
        List<String> unlabeled = new ArrayList<>();
        List<HubEntry> entries = hub.list();
        // a VLM seen for the first time is counted over the whole graph: on all cores, one model each
        List<Optional<Row>> found = entries.parallelStream().map(e -> row(e, nodeText)).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (found.get(i).isEmpty()) {
                unlabeled.add(entries.get(i).id());
            }
        }
        SemanticGraph graph = labels.graph();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("graph", Map.of("version", graph.version(), "nodes", graph.size()));
        out.put("variant", TaskRequest.kebab(variant));
        out.put("nodeText", LabelKey.variantId(nodeText));
        out.put("regions", regions.regions().stream().map(r -> Map.of("id", r.id(), "name", r.name(),
                "nodes", r.nodes().length, "rest", r.rest())).toList());
        out.put("models", found.stream().flatMap(Optional::stream).toList());
        out.put("unlabeled", unlabeled);
        call.sendJson(200, out);
    }

    /** A model's row, if it has the label the row is computed from. */
    private Optional<Row> row(HubEntry e, NodeText nodeText) {
        if (e.manifest().kind() == ModelKind.EXPERT) {
            return labels.expert(e).map(x -> rows.computeIfAbsent(x.key(), k -> expertRow(x)));
        }
        return labels.vlm(e, nodeText).map(v -> rows.computeIfAbsent(v.key(), k -> vlmRow(v)));
    }

    private Row expertRow(LabeledExpert expert) {
        SemanticGraph graph = labels.graph();
        boolean[] covered = new boolean[graph.size()];
        for (ClassLabel label : expert.entry().manifest().labels()) {
            if (label.synset() != null && graph.contains(label.synset())) {
                covered[graph.indexOf(label.synset())] = true;
                graph.ancestors(label.synset()).forEach(a -> covered[graph.indexOf(a)] = true);
            }
        }
        List<Double> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (GraphRegions.Region r : regions.regions()) {
            int n = (int) Arrays.stream(r.nodes()).filter(u -> covered[u]).count();
            values.add((double) n / r.nodes().length);
            counts.add(n);
        }
        return new Row(expert.id(), ModelKind.EXPERT, values, counts);
    }

    private Row vlmRow(LabeledModel vlm) {
        if (!(vlm.label() instanceof EmbeddingLabel label)) {
            throw new IllegalStateException("the label of '" + vlm.id() + "' was not loaded as embeddings");
        }
        NodeQuality quality = NodeQuality.of(vlm.key(), label, labels.graph(), cacheDir);
        List<Double> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (GraphRegions.Region r : regions.regions()) {
            double[] f1 = Arrays.stream(r.nodes()).mapToDouble(quality::f1).filter(v -> !Double.isNaN(v)).toArray();
            values.add(f1.length == 0 ? null : Arrays.stream(f1).average().orElseThrow());
            counts.add(f1.length);
        }
        return new Row(vlm.id(), ModelKind.VLM, values, counts);
    }
}
