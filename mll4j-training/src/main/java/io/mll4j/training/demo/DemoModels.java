package io.mll4j.training.demo;

import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelManifest;
import io.mll4j.model.ConseModel;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.OnnxImageClassifier;
import io.mll4j.onnx.OnnxImageRunner;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.onnx.clip.OnnxImageTower;
import io.mll4j.onnx.clip.TextTower;
import io.mll4j.onnx.clip.TwoTowerModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens the demo hub's kinds of models as {@link ClassPredictor}s: experts (role {@code model}), VLMs made of an
 * ONNX image tower and a frozen text encoder (role {@code image-tower}) and ConSE VLMs (role {@code classifier}).
 * A small opener of its own, so the demo hub can be scored while it is built (before and independently of the
 * pipeline's hub opener).
 */
final class DemoModels {
    private DemoModels() {
    }

    /** Opens the model described by {@code manifest} whose files are in {@code directory}. */
    static ClassPredictor open(ModelManifest manifest, Path directory, ImageStore store, SharedTextEncoders encoders) {
        return switch (manifest.kind()) {
            case EXPERT -> ClassPredictor.expert(classifier(manifest, directory, ModelFile.MODEL),
                    manifest.labels().stream().map(ClassLabel::synset).toList(), store::synset);
            case VLM -> {
                TextEmbedder text = encoders.get(manifest.textEncoder());
                if (manifest.file(ModelFile.CLASSIFIER).isPresent()) {
                    ConseSettings settings = ConseSettings.of(manifest.tokenizer(), manifest.id());
                    List<String> labelTexts = manifest.labels().stream()
                            .map(l -> String.format(Locale.ROOT, settings.labelTemplate(), l.name())).toList();
                    yield ClassPredictor.vlm(new ConseModel(classifier(manifest, directory, ModelFile.CLASSIFIER), text,
                            labelTexts, settings.topK()), store::displayName);
                }
                ModelFile tower = manifest.file(ModelFile.IMAGE_TOWER).orElseThrow(() -> new IllegalArgumentException(
                        "model '" + manifest.id() + "': the demo hub opens VLMs with an 'image-tower' or 'classifier' file"));
                OnnxModelRunner runner = OnnxModelRunner.open(directory.resolve(tower.path()), 0);
                OnnxImageTower images;
                try {
                    images = new OnnxImageTower(new OnnxImageRunner(runner, manifest.preprocessing(), null, null,
                            ClassPredictor.BATCH));
                } catch (RuntimeException e) {
                    runner.close();
                    throw e;
                }
                yield ClassPredictor.vlm(new TwoTowerModel(images, TextTower.of(text)), store::displayName);
            }
        };
    }

    private static OnnxImageClassifier classifier(ModelManifest manifest, Path directory, String role) {
        ModelFile file = manifest.file(role).orElseThrow(() -> new IllegalArgumentException(
                "model '" + manifest.id() + "' has no file with role '" + role + "'"));
        return OnnxImageClassifier.builder().setModelPath(directory.resolve(file.path()))
                .setLabels(manifest.labels().stream().map(ClassLabel::name).toList())
                .setPreprocessing(manifest.preprocessing()).optBatchSize(ClassPredictor.BATCH).build();
    }
}
