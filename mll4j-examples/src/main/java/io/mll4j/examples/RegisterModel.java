package io.mll4j.examples;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelPackage;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.wordnet.WordNetSynsetValidator;

import java.nio.file.Path;

/**
 * Admits a model to the hub: its manifest (entry.json format) and files are checked with ONNX Runtime, its cost
 * measured and its label synsets validated against WordNet 3.0; a failure leaves the hub unchanged.
 * <pre>java … io.mll4j.examples.RegisterModel my-model/manifest.json</pre>
 */
public final class RegisterModel {
    private RegisterModel() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: RegisterModel MANIFEST.json   (the model files next to it)");
            return;
        }
        Path manifest = Path.of(args[0]);
        // README:begin register
        OnnxModelChecker checker = OnnxModelChecker.builder()
                .optTextEncoderDimension("all-minilm-l6-v2-q", 384).build();   // for VLMs whose text tower it is
        try (WordNetSynsetValidator synsets = new WordNetSynsetValidator();
             ModelHub hub = ModelHub.builder().optChecker(checker).optSynsetValidator(synsets).build()) {
            HubEntry entry = hub.add(ModelPackage.fromManifestFile(manifest));
            System.out.printf("Added %s (%s): %d parameters, %.3f ms/image%n", entry.id(), entry.manifest().kind(),
                    entry.manifest().costProfile().params(), entry.manifest().costProfile().msPerImage());
        }
        // README:end
    }
}
