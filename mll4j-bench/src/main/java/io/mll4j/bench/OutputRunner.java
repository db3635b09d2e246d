package io.mll4j.bench;

import io.mll4j.data.ImageDataset;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelOpener;
import io.mll4j.progress.Progress;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs hub models once per TEST image and keeps their raw outputs in an {@link OutputStore}: each image is decoded
 * once per chunk and fed to every model still missing it; stored rows are never recomputed, and the store is saved
 * every {@value #SAVE_EVERY} images so an interrupted run resumes.
 */
public final class OutputRunner {
    static final int SAVE_EVERY = 4096;

    private final OutputStore store;
    private final ModelOpener opener;
    private final TestSplits splits;
    private final Progress progress;
    private final int batchSize;

    public OutputRunner(OutputStore store, ModelOpener opener, TestSplits splits, Progress progress, int batchSize) {
        this.store = store;
        this.opener = opener;
        this.splits = splits;
        this.progress = progress;
        this.batchSize = batchSize;
    }

    /**
     * Outputs of every model on the given items of a data set, computing what is not stored.
     *
     * @param models  hub entries (VLMs give image embeddings, experts logits)
     * @param dataset a data set id
     * @param indices item indices of its TEST split
     * @return per model id, item index → row (containing at least {@code indices})
     */
    public Map<String, Map<Integer, float[]>> ensure(List<HubEntry> models, String dataset, int[] indices) {
        Map<String, Map<Integer, float[]>> rows = new LinkedHashMap<>();
        Map<String, ModelInfo> infos = new HashMap<>();
        TreeSet<Integer> missing = new TreeSet<>();
        List<HubEntry> incomplete = new ArrayList<>();
        for (HubEntry e : models) {
            ModelInfo info = ModelInfo.of(e);
            infos.put(e.id(), info);
            Map<Integer, float[]> stored = store.load(info, dataset);
            rows.put(e.id(), stored);
            boolean complete = true;
            for (int i : indices) {
                if (!stored.containsKey(i)) {
                    missing.add(i);
                    complete = false;
                }
            }
            if (!complete) {
                incomplete.add(e);
            }
        }
        if (missing.isEmpty()) {
            return rows;
        }
        ImageDataset data = splits.dataset(dataset);
        List<Integer> todo = new ArrayList<>(missing);
        progress.start("model outputs on " + dataset + " test (" + incomplete.size() + " models)", todo.size());
        int sinceSave = 0;
        for (int from = 0; from < todo.size(); from += batchSize) {
            List<Integer> chunk = todo.subList(from, Math.min(from + batchSize, todo.size()));
            List<BufferedImage> images = chunk.stream().map(data::image).toList();
            for (HubEntry e : incomplete) {
                Map<Integer, float[]> mine = rows.get(e.id());
                List<Integer> need = new ArrayList<>();
                List<BufferedImage> pixels = new ArrayList<>();
                for (int j = 0; j < chunk.size(); j++) {
                    if (!mine.containsKey(chunk.get(j))) {
                        need.add(chunk.get(j));
                        pixels.add(images.get(j));
                    }
                }
                if (need.isEmpty()) {
                    continue;
                }
                float[][] out = e.manifest().kind() == ModelKind.VLM ? opener.vlm(e).encodeImages(pixels)
                        : opener.classifier(e).logits(pixels);
                for (int j = 0; j < need.size(); j++) {
                    mine.put(need.get(j), out[j]);
                }
            }
            progress.advance(chunk.size());
            sinceSave += chunk.size();
            if (sinceSave >= SAVE_EVERY) {
                saveAll(incomplete, infos, dataset, rows);
                sinceSave = 0;
            }
        }
        saveAll(incomplete, infos, dataset, rows);
        progress.finish();
        return rows;
    }

    private void saveAll(List<HubEntry> models, Map<String, ModelInfo> infos, String dataset,
                         Map<String, Map<Integer, float[]>> rows) {
        for (HubEntry e : models) {
            store.save(infos.get(e.id()), dataset, rows.get(e.id()));
        }
    }
}
