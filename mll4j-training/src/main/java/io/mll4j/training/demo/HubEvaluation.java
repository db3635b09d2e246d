package io.mll4j.training.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.data.Split;
import io.mll4j.exception.DataException;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.model.CachedTextEmbedder;
import io.mll4j.onnx.HubModels;
import io.mll4j.progress.Progress;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores every model of a hub on the demo tasks: each data set's 10-way classification on its NODE and TEST
 * splits, per class. Experts take the arg-max of their head (classes they do not cover are not scored; a pick
 * outside the task is wrong); VLMs score the prompts "a photo of a {class}." zero-shot. For VLMs it also measures
 * the classes they never trained on, among those classes only.
 */
public final class HubEvaluation {
    private final Path hubDirectory;
    private final ImageStore store;
    private final int perClass;
    private final List<String> datasets;
    private final List<Split> splits;
    private final boolean vlmsOnly;
    private final Progress progress;
    private final Path textCache;

    private HubEvaluation(Builder b) {
        this.hubDirectory = b.hubDirectory;
        this.store = b.store != null ? b.store : ImageStore.openDefault();
        this.perClass = b.perClass;
        this.datasets = b.datasets;
        this.splits = b.splits;
        this.vlmsOnly = b.vlmsOnly;
        this.progress = b.progress;
        this.textCache = b.textCache;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The task name of a data set split, e.g. {@code cifar10/test}. */
    public static String task(String dataset, Split split) {
        return dataset + "/" + split.id();
    }

    /** Evaluates every model (or every VLM), in hub order. */
    public List<ModelEvaluation> run() {
        List<HubEntry> entries;
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDirectory).build()) {
            entries = hub.list().stream().filter(e -> !vlmsOnly || e.manifest().kind() == ModelKind.VLM).toList();
        }
        List<ModelEvaluation> out = new ArrayList<>();
        progress.start("evaluate " + entries.size() + " models", entries.size());
        try (HubModels models = HubModels.builder().optTextCacheDir(textCache).optBatchSize(ClassPredictor.BATCH)
                .build()) {
            for (HubEntry entry : entries) {
                out.add(evaluate(entry, models));
                progress.advance(1);
            }
        } finally {
            progress.finish();
        }
        return out;
    }

    private ModelEvaluation evaluate(HubEntry entry, HubModels models) {
        ModelManifest m = entry.manifest();
        JsonNode recipe = readJson(entry, DemoPackages.RECIPE);
        List<ClassRef> heldOut = refs(recipe.path("recipe").path("heldOut"));
        List<ClassRef> trained = m.kind() == ModelKind.VLM && !m.isConse()
                ? refs(fieldNames(recipe.path("texts")))
                : coveredClasses(m);
        Map<String, Map<String, Double>> accuracy = new LinkedHashMap<>();
        Map<String, Double> unseenOnly = new LinkedHashMap<>();
        try (ClassPredictor predictor = ClassPredictor.open(entry, models, store)) {
            Set<String> labelSynsets = m.labels().stream().map(ClassLabel::synset).collect(Collectors.toSet());
            for (String dataset : datasets) {
                List<ClassRef> classes = store.classes(dataset);
                for (Split split : splits) {
                    accuracy.put(task(dataset, split), perClass(predictor, classes, split,
                            m.kind() == ModelKind.EXPERT ? labelSynsets : null));
                }
                List<ClassRef> unseen = classes.stream().filter(c -> !trained.contains(c)).toList();
                if (m.kind() == ModelKind.VLM && unseen.size() >= 2) {
                    unseenOnly.put(dataset, accuracy(predictor, unseen, Split.TEST));
                }
            }
        } finally {
            models.release(entry); // each model is scored once: free it before the next
        }
        String kind = m.kind() == ModelKind.EXPERT ? "expert" : m.isConse() ? "conse" : "vlm";
        JsonNode training = readJson(entry, DemoPackages.TRAINING);
        var cost = m.costProfile();
        return new ModelEvaluation(m.id(), kind, m.textEncoder(),
                m.preprocessing().color() + " " + m.preprocessing().resize() + "px",
                cost == null ? null : cost.params(), cost == null ? m.totalBytes() : cost.fileBytes(),
                cost == null ? null : cost.msPerImage(), m.generalScore(),
                training.has("seconds") ? training.get("seconds").asDouble() : null, trained, heldOut, accuracy, unseenOnly);
    }

    /** Per-class accuracy of a 10-way task; with {@code covered} synsets (experts) only those classes are scored. */
    private Map<String, Double> perClass(ClassPredictor predictor, List<ClassRef> classes, Split split,
                                         Set<String> covered) {
        ImageStore.Labelled data = store.labelled(classes, split, perClass);
        int[] picks = predictor.predict(data.images(), classes);
        int[] hits = new int[classes.size()];
        int[] totals = new int[classes.size()];
        for (int i = 0; i < picks.length; i++) {
            totals[data.labels()[i]]++;
            hits[data.labels()[i]] += picks[i] == data.labels()[i] ? 1 : 0;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            if (covered == null || covered.contains(store.synset(classes.get(c)))) {
                out.put(classes.get(c).classId(), (double) hits[c] / totals[c]);
            }
        }
        return out;
    }

    private double accuracy(ClassPredictor predictor, List<ClassRef> classes, Split split) {
        ImageStore.Labelled data = store.labelled(classes, split, perClass);
        int[] picks = predictor.predict(data.images(), classes);
        int hits = 0;
        for (int i = 0; i < picks.length; i++) {
            hits += picks[i] == data.labels()[i] ? 1 : 0;
        }
        return (double) hits / picks.length;
    }

    /** The reference classes a classifier's labels name (by synset). */
    private List<ClassRef> coveredClasses(ModelManifest m) {
        Set<String> synsets = m.labels().stream().map(ClassLabel::synset).collect(Collectors.toSet());
        return GeneralScore.classes(store).stream().filter(c -> synsets.contains(store.synset(c))).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<ClassRef> refs(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return refs(texts);
    }

    private static List<ClassRef> refs(List<String> texts) {
        return texts.stream().map(ClassRef::parse).toList();
    }

    private static JsonNode readJson(HubEntry entry, String role) {
        var file = entry.manifest().file(role);
        if (file.isEmpty()) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(Files.readString(entry.directory().resolve(file.get().path())));
        } catch (IOException e) {
            throw new DataException("Cannot read " + file.get().path() + " of model '"
                    + entry.id() + "': " + e.getMessage(), e);
        }
    }

    /** Every value is optional except the hub folder. */
    public static final class Builder {
        private Path hubDirectory;
        private ImageStore store;
        private int perClass;
        private List<String> datasets = GeneralScore.DATASETS;
        private List<Split> splits = List.of(Split.NODE, Split.TEST);
        private boolean vlmsOnly;
        private Progress progress = Progress.NONE;
        private Path textCache = CachedTextEmbedder.defaultCacheDir();

        private Builder() {
        }

        public Builder setHubDirectory(Path hubDirectory) {
            this.hubDirectory = hubDirectory;
            return this;
        }

        public Builder optStore(ImageStore store) {
            this.store = store;
            return this;
        }

        /** Images per class of every split, the first ones in source order ({@code 0}, the default: all). */
        public Builder optPerClass(int perClass) {
            if (perClass < 0) {
                throw new IllegalArgumentException("perClass must be >= 0, got " + perClass);
            }
            this.perClass = perClass;
            return this;
        }

        /** The data sets whose tasks are scored (default cifar10, fashion-mnist, mnist). */
        public Builder optDatasets(List<String> datasets) {
            this.datasets = List.copyOf(datasets);
            return this;
        }

        /** The splits scored (default NODE and TEST). */
        public Builder optSplits(List<Split> splits) {
            this.splits = List.copyOf(splits);
            return this;
        }

        /** Score only the VLMs (the zero-shot check). */
        public Builder optVlmsOnly(boolean vlmsOnly) {
            this.vlmsOnly = vlmsOnly;
            return this;
        }

        /** One item per model. */
        public Builder optProgress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Disk cache of text embeddings ({@code null}: none). */
        public Builder optTextCache(Path textCache) {
            this.textCache = textCache;
            return this;
        }

        public HubEvaluation build() {
            Objects.requireNonNull(hubDirectory, "hub directory not set: call setHubDirectory");
            return new HubEvaluation(this);
        }
    }
}
