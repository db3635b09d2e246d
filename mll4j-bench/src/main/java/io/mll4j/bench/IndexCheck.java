package io.mll4j.bench;

import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.LabelKey;
import io.mll4j.label.LabelStore;
import io.mll4j.label.index.EmbeddingRows;
import io.mll4j.label.index.IndexUsage;
import io.mll4j.label.index.LabelIndexes;
import io.mll4j.label.index.TopNIndex;
import io.mll4j.label.index.TopNIndexWriter;
import io.mll4j.match.NodeMatching;
import io.mll4j.progress.Progress;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Checks the top-N index against the full labels of a real label store: for every group of labels made on the same
 * graph and node text, indexes each label (into a scratch folder), then runs seeded tasks through both and
 * compares every reuse score and every top-k (k = 1…6) for the paper and code variants.
 */
public final class IndexCheck {
    private IndexCheck() {
    }

    /**
     * One group of labels.
     *
     * @param graphVersion  graph the labels were made on
     * @param textVariant   node text
     * @param models        labels in the group
     * @param nodes         graph nodes
     * @param rows          distinct images per label
     * @param bytesPerModel index bytes per model
     * @param tasks         tasks compared (per variant)
     * @param paperFallback fallback rate, paper variant
     * @param codeFallback  fallback rate, code variant
     * @param mismatches    tasks whose selection differed (must be 0)
     */
    public record Group(String graphVersion, String textVariant, int models, int nodes, int rows, long bytesPerModel,
                        int tasks, double paperFallback, double codeFallback, int mismatches) {
    }

    public static List<Group> run(Path labels, Path scratch, int n, int tasks, Progress progress) {
        LabelStore store = new LabelStore(labels);
        Map<String, List<LabelKey>> groups = new LinkedHashMap<>();
        for (LabelKey key : LabelIndexes.storedKeys(labels)) {
            groups.computeIfAbsent(key.graphVersion() + " " + key.textVariant(), g -> new ArrayList<>()).add(key);
        }
        List<Group> out = new ArrayList<>();
        for (List<LabelKey> keys : groups.values()) {
            out.add(check(store, keys, scratch, n, tasks, progress));
        }
        return out;
    }

    private static Group check(LabelStore store, List<LabelKey> keys, Path scratch, int n, int tasks,
                               Progress progress) {
        List<EmbeddingLabel> full = new ArrayList<>();
        List<TopNIndex> indexes = new ArrayList<>();
        long bytes = 0;
        for (LabelKey key : keys) {
            EmbeddingLabel label = store.load(key).orElseThrow();
            Path file = scratch.resolve(key.modelId() + "-" + key.folderName() + ".idx");
            bytes += TopNIndexWriter.write(file, new EmbeddingRows(label), n, progress);
            full.add(label);
            indexes.add(TopNIndex.open(file, new EmbeddingRows(label)));
        }
        EmbeddingLabel first = full.get(0);
        SplittableRandom random = new SplittableRandom(42);
        int mismatches = 0;
        IndexUsage paper = new IndexUsage(0, 0);
        IndexUsage code = new IndexUsage(0, 0);
        for (int t = 0; t < tasks; t++) {
            NodeMatching task = task(first, 1 + random.nextInt(Math.min(100, first.nodeCount())), random);
            for (SelectionConfig config : List.of(SelectionConfig.paper(), SelectionConfig.officialCode())) {
                indexes.forEach(TopNIndex::resetUsage);
                ReuseScores expected = ReuseScores.compute(full, task.selectedNodes(), task.z(), config);
                ReuseScores actual = ReuseScores.compute(indexes, task.selectedNodes(), task.z(), config);
                IndexUsage used = indexes.stream().map(TopNIndex::usage).reduce(new IndexUsage(0, 0),
                        IndexUsage::plus);
                if (config.pool() == SelectionConfig.paper().pool()) {
                    paper = paper.plus(used);
                } else {
                    code = code.plus(used);
                }
                if (!same(expected, actual, task.nodes().length)) {
                    mismatches++;
                }
            }
        }
        indexes.forEach(TopNIndex::close);
        LabelKey key = keys.get(0);
        return new Group(key.graphVersion(), key.textVariant(), keys.size(), first.nodeCount(),
                first.imageEmbeddings().length, bytes / keys.size(), tasks, paper.fallbackRate(),
                code.fallbackRate(), mismatches);
    }

    /** Classes anchored at random nodes, matched to the nodes whose texts are nearest the anchor's (as a matcher). */
    private static NodeMatching task(EmbeddingLabel label, int classes, SplittableRandom random) {
        float[][] texts = label.textEmbeddings();
        float[][] anchors = new float[classes][];
        for (int y = 0; y < classes; y++) {
            anchors[y] = texts[random.nextInt(texts.length)];
        }
        return NodeMatching.topN(anchors, texts, Math.min(5, texts.length));
    }

    private static boolean same(ReuseScores a, ReuseScores b, int classes) {
        if (!Arrays.deepEquals(a.scores(), b.scores())) {
            return false;
        }
        for (int y = 0; y < classes; y++) {
            for (int k = 1; k <= 6; k++) {
                if (!a.topK(y, k).equals(b.topK(y, k))) {
                    return false;
                }
            }
        }
        return true;
    }
}
