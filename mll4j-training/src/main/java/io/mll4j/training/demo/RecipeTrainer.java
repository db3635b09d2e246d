package io.mll4j.training.demo;

import io.mll4j.data.Split;
import io.mll4j.model.TextEmbedder;
import io.mll4j.progress.Progress;
import io.mll4j.training.ArchitectureSpec;
import io.mll4j.training.ClassifierTrainer;
import io.mll4j.training.ContrastiveTrainer;
import io.mll4j.training.TrainedNetwork;
import io.mll4j.training.onnx.OnnxExporter;
import io.mll4j.util.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the networks of expert and VLM recipes on the TRAIN split and exports them to ONNX. Training tensors come
 * from {@link ImageStore#tensors}, i.e. from the same preprocessing the exported model declares.
 */
final class RecipeTrainer {
    /** ONNX output name of classifiers. */
    static final String LOGITS = "logits";
    /** ONNX output name of image towers (L2-normalised in the graph). */
    static final String EMBEDDING = "embedding";

    private final ImageStore store;
    private final Progress progress;

    RecipeTrainer(ImageStore store, Progress progress) {
        this.store = store;
        this.progress = progress;
    }

    /** Trains an expert, writes it to {@code onnx}, returns the training record as JSON. */
    String trainExpert(Recipe.Expert recipe, Path onnx) {
        ArchitectureSpec spec = recipe.architecture();
        ImageStore.Labelled data = store.labelled(recipe.classes(), Split.TRAIN, recipe.training().perClass());
        float[][] tensors = ImageStore.tensors(data.images(), recipe.input().preprocessing());
        ClassifierTrainer trainer = recipe.training().applyTo(ClassifierTrainer.builder())
                .setSpec(spec).setData(tensors, data.labels()).optProgress(progress).build();
        try (TrainedNetwork network = trainer.train()) {
            OnnxExporter.builder().optOutputName(LOGITS).optGraphName(recipe.id()).build()
                    .write(spec, network.weights(), onnx);
            return Json.write(network.record());
        }
    }

    /**
     * Trains a VLM's image tower against the frozen {@code encoder}'s embeddings of the class texts, writes the
     * L2-normalising tower to {@code onnx}, returns the training record as JSON.
     *
     * @param texts the texts of every trained class, in {@link Recipe.Vlm#trainedClasses()} order
     */
    String trainVlm(Recipe.Vlm recipe, Map<ClassRef, List<String>> texts, TextEmbedder encoder, Path onnx) {
        ArchitectureSpec spec = recipe.architecture(encoder.dimension());
        List<ClassRef> trained = recipe.trainedClasses();
        List<String> allTexts = new ArrayList<>();
        List<Integer> textClasses = new ArrayList<>();
        for (int k = 0; k < trained.size(); k++) {
            for (String t : texts.get(trained.get(k))) {
                allTexts.add(t);
                textClasses.add(k);
            }
        }
        float[][] embeddings = encoder.embed(allTexts);
        ImageStore.Labelled data = store.labelled(trained, Split.TRAIN, recipe.training().perClass());
        float[][] tensors = ImageStore.tensors(data.images(), recipe.input().preprocessing());
        ContrastiveTrainer trainer = recipe.training().applyTo(ContrastiveTrainer.builder())
                .setSpec(spec).setImages(tensors, data.labels())
                .setTexts(embeddings, textClasses.stream().mapToInt(Integer::intValue).toArray())
                .optProgress(progress).build();
        try (TrainedNetwork tower = trainer.train()) {
            OnnxExporter.builder().optOutputName(EMBEDDING).optL2Normalize(true).optGraphName(recipe.id()).build()
                    .write(spec, tower.weights(), onnx);
            return Json.write(tower.record());
        }
    }
}
