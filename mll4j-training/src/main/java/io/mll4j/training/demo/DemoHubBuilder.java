package io.mll4j.training.demo;

import io.mll4j.exception.Mll4jException;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.hub.SynsetValidator;
import io.mll4j.model.CachedTextEmbedder;
import io.mll4j.onnx.HubModels;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.progress.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code mll hub build-demo}: builds every recipe in order into a hub folder. For each recipe: skip it when the
 * hub holds an entry whose {@code recipe.json} has the recipe's hash; otherwise train (or copy), export to ONNX,
 * measure the {@link GeneralScore}, and admit it through the ONNX checker (and the synset validator, if given).
 * Fixed seeds and thread counts make a rebuild give the same ONNX bytes.
 * <pre>{@code
 * DemoBuildReport report = DemoHubBuilder.builder().setRecipes(DemoRecipes.read(file)).setHubDirectory(dir)
 *         .setRepoRoot(repo).optLog(System.out::println).build().run();
 * }</pre>
 */
public final class DemoHubBuilder {
    private final DemoRecipes recipes;
    private final Path hubDirectory;
    private final Path repoRoot;
    private final List<String> only;
    private final ImageStore store;
    private final SynsetValidator synsetValidator;
    private final Progress progress;
    private final Consumer<String> log;
    private final Path textCache;

    private DemoHubBuilder(Builder b) {
        this.recipes = b.recipes;
        this.hubDirectory = b.hubDirectory;
        this.repoRoot = b.repoRoot;
        this.only = b.only;
        this.store = b.store != null ? b.store : ImageStore.openDefault();
        this.synsetValidator = b.synsetValidator;
        this.progress = b.progress;
        this.log = b.log;
        this.textCache = b.textCache;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the selected recipes; the first failure stops the build (entries built so far stay). */
    public DemoBuildReport run() {
        List<Recipe> todo = only.isEmpty() ? recipes.recipes() : recipes.select(only);
        OnnxModelChecker.Builder checker = OnnxModelChecker.builder();
        for (TextEncoders e : TextEncoders.values()) {
            checker.optTextEncoderDimension(e.id(), 384);
        }
        ModelHub.Builder hubBuilder = ModelHub.builder().optDirectory(hubDirectory).optChecker(checker.build());
        if (synsetValidator != null) {
            hubBuilder.optSynsetValidator(synsetValidator);
        }
        List<DemoBuildReport.Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        try (ModelHub hub = hubBuilder.build(); HubModels models = HubModels.builder().optTextCacheDir(textCache)
                .optBatchSize(ClassPredictor.BATCH).build()) {
            DemoPackages packages = new DemoPackages(recipes, store, models, new RecipeTrainer(store, progress),
                    repoRoot, hub);
            for (int i = 0; i < todo.size(); i++) {
                Recipe recipe = todo.get(i);
                String step = "[" + (i + 1) + "/" + todo.size() + "] " + recipe.id();
                outcomes.add(buildOne(recipe, step, hub, packages, models));
            }
        }
        return new DemoBuildReport(outcomes, (System.nanoTime() - start) / 1e9);
    }

    private DemoBuildReport.Outcome buildOne(Recipe recipe, String step, ModelHub hub, DemoPackages packages,
                                             HubModels models) {
        long t0 = System.nanoTime();
        ResolvedRecipe resolved = packages.resolve(recipe);
        String hash = resolved.sha256();
        if (hub.contains(recipe.id())) {
            HubEntry existing = hub.get(recipe.id());
            if (existing.manifest().file(DemoPackages.RECIPE).map(ModelFile::sha256).filter(hash::equals).isPresent()) {
                log.accept(step + ": up to date (recipe sha256 " + hash.substring(0, 12) + "), skipped");
                return DemoBuildReport.Outcome.skipped(existing.manifest());
            }
            log.accept(step + ": recipe changed, rebuilding");
            hub.remove(recipe.id());
        }
        log.accept(step + ": building (" + kind(recipe) + ")");
        Path work = null;
        try {
            work = Files.createTempDirectory("mll4j-build-" + recipe.id() + "-");
            ModelManifest manifest = packages.make(recipe, resolved, work);
            double built = (System.nanoTime() - t0) / 1e9;
            double score;
            HubEntry candidate = new HubEntry(manifest, work);
            try (ClassPredictor predictor = ClassPredictor.open(candidate, models, store)) {
                score = GeneralScore.of(predictor, store);
            } finally {
                models.release(candidate);
            }
            HubEntry entry = hub.add(new ModelPackage(manifest.toBuilder().optGeneralScore(score).build(), work));
            double seconds = (System.nanoTime() - t0) / 1e9;
            DemoBuildReport.Outcome outcome = DemoBuildReport.Outcome.built(entry.manifest(), built, seconds);
            log.accept(step + ": " + outcome.describe());
            return outcome;
        } catch (IOException e) {
            throw new Mll4jException("Cannot build '" + recipe.id() + "': " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static String kind(Recipe recipe) {
        return switch (recipe) {
            case Recipe.Expert e -> "expert, " + e.classes().size() + " classes, " + e.input().color() + " "
                    + e.input().size() + "px";
            case Recipe.Vlm v -> "VLM, " + v.trainedClasses().size() + " trained classes, held out " + v.heldOut().size()
                    + ", " + v.input().color() + " " + v.input().size() + "px, " + v.textEncoder();
            case Recipe.Conse c -> "ConSE VLM of " + c.expert() + " + " + c.textEncoder();
            case Recipe.Import i -> "third-party " + i.model();
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless; the build's own outcome matters more
        }
    }

    /** {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private DemoRecipes recipes;
        private Path hubDirectory;
        private Path repoRoot;
        private List<String> only = List.of();
        private ImageStore store;
        private SynsetValidator synsetValidator;
        private Progress progress = Progress.NONE;
        private Consumer<String> log = line -> { };
        private Path textCache = CachedTextEmbedder.defaultCacheDir();

        private Builder() {
        }

        public Builder setRecipes(DemoRecipes recipes) {
            this.recipes = recipes;
            return this;
        }

        /** The hub folder to fill (e.g. the repository's {@code hub-demo}). */
        public Builder setHubDirectory(Path hubDirectory) {
            this.hubDirectory = hubDirectory;
            return this;
        }

        /** Root of the repository, against which an import recipe's paths resolve. */
        public Builder setRepoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Build only these recipe ids (default: all); unknown ids are rejected when the build runs. */
        public Builder optOnly(List<String> only) {
            this.only = List.copyOf(only);
            return this;
        }

        /** Where images come from (default: the default data home). */
        public Builder optStore(ImageStore store) {
            this.store = store;
            return this;
        }

        /** Checks label synsets on admission (default: form only). */
        public Builder optSynsetValidator(SynsetValidator synsetValidator) {
            this.synsetValidator = synsetValidator;
            return this;
        }

        /** Receives training batches (items, so the front end can show rate and ETA). */
        public Builder optProgress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Receives one line per recipe step. */
        public Builder optLog(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** Disk cache of text embeddings ({@code null}: none; default the mll4j home's cache). */
        public Builder optTextCache(Path textCache) {
            this.textCache = textCache;
            return this;
        }

        public DemoHubBuilder build() {
            Objects.requireNonNull(recipes, "recipes not set: call setRecipes");
            Objects.requireNonNull(hubDirectory, "hub directory not set: call setHubDirectory");
            Objects.requireNonNull(repoRoot, "repository root not set: call setRepoRoot");
            return new DemoHubBuilder(this);
        }
    }
}
