package io.mll4j.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.hub.CheckResult;
import io.mll4j.hub.ModelChecker;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelFormat;
import io.mll4j.hub.ModelManifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Admits ONNX models into the hub with ONNX Runtime: every {@code .onnx} file must load; an expert's image input
 * must fit its preprocessing and its output be {@code [N, labels]}; a VLM's towers must both load and give
 * embeddings of one dimension; a ConSE VLM's classifier (role {@code classifier}) is checked like an expert. Each tower is smoke-run on a synthetic input (outputs must be finite), the image
 * path is timed (median of several batch-1 runs after warm-up), and parameters are counted from the graph.
 */
public final class OnnxModelChecker implements ModelChecker {
    private final int warmupRuns;
    private final int timedRuns;
    private final int intraOpThreads;
    private final Map<String, Integer> textEncoderDimensions;

    /** A checker with default settings (3 warm-up runs, 10 timed runs, ONNX Runtime's thread default). */
    public OnnxModelChecker() {
        this(builder());
    }

    private OnnxModelChecker(Builder b) {
        this.warmupRuns = b.warmupRuns;
        this.timedRuns = b.timedRuns;
        this.intraOpThreads = b.intraOpThreads;
        this.textEncoderDimensions = Map.copyOf(b.textEncoderDimensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CheckResult check(ModelManifest manifest, Path directory) {
        if (manifest.format() != ModelFormat.ONNX) {
            throw new ModelLoadException("Model '" + manifest.id() + "' has format " + manifest.format()
                    + "; this checker admits ONNX only");
        }
        Map<String, String> ioNames = new LinkedHashMap<>();
        Double msPerImage = switch (manifest.kind()) {
            case EXPERT -> checkClassifier(manifest, directory, ioNames, ModelFile.MODEL);
            case VLM -> manifest.isConse()
                    ? checkClassifier(manifest, directory, ioNames, ModelFile.CLASSIFIER)
                    : checkVlm(manifest, directory, ioNames);
        };
        long params = 0;
        for (ModelFile f : manifest.files()) {
            if (!f.path().endsWith(".onnx")) {
                continue;
            }
            if (!isTower(manifest, f)) {
                try (OrtSession ignored = open(directory, f)) {
                    // loading is the whole check for a file whose role this checker does not know
                } catch (OrtException e) {
                    throw new ModelLoadException(describe(f) + ": cannot be closed: " + e.getMessage(), e);
                }
            }
            params += InitializerCount.of(directory.resolve(f.path()));
        }
        return new CheckResult(params, msPerImage, ioNames);
    }

    /** An expert's model, or a ConSE VLM's classifier: image input fits, output is one logit per label. */
    private double checkClassifier(ModelManifest m, Path dir, Map<String, String> ioNames, String role) {
        ModelFile file = m.file(role).orElseThrow();
        String what = describe(file);
        int labels = m.labels().size();
        try (OrtSession session = open(dir, file)) {
            ImageInput input = ImageInput.fit(pickInput(session, m.ioNames().get(role + ".input"), what), m.preprocessing(), what);
            String output = pickOutput(session, m.ioNames().get(role + ".output"), what);
            long[] declared = ((TensorInfo) session.getOutputInfo().get(output).getInfo()).getShape();
            String expected = "[N, " + labels + "] for " + labels + " labels";
            // an empty declared shape means the graph does not say; the smoke run below still checks the real one
            if (declared.length != 0 && (declared.length != 2 || (declared[1] != -1 && declared[1] != labels))) {
                throw new ModelLoadException(what + ": output '" + output + "' has shape " + Arrays.toString(declared)
                        + ", expected " + expected);
            }
            SmokeRun.Outcome outcome = smoke(session, input, what);
            long[] actual = outcome.outputShapes().get(output);
            if (actual == null || actual.length != 2 || actual[0] != 1 || actual[1] != labels) {
                throw new ModelLoadException(what + ": output '" + output + "' has shape " + Arrays.toString(actual)
                        + " on one image, expected " + expected);
            }
            ioNames.put(role + ".input", input.name());
            ioNames.put(role + ".output", output);
            return outcome.medianMs();
        } catch (OrtException e) {
            throw new ModelLoadException(what + ": " + e.getMessage(), e);
        }
    }

    private double checkVlm(ModelManifest m, Path dir, Map<String, String> ioNames) {
        ModelFile imageFile = imageTower(m);
        String imageWhat = describe(imageFile);
        String role = imageFile.role();
        long imageDim;
        double ms;
        try (OrtSession session = open(dir, imageFile)) {
            ImageInput input = ImageInput.fit(pickInput(session, m.ioNames().get(role + ".input"), imageWhat),
                    m.preprocessing(), imageWhat);
            String output = pickOutput(session, m.ioNames().get(role + ".output"), imageWhat);
            SmokeRun.Outcome outcome = smoke(session, input, imageWhat);
            imageDim = embeddingDimension(outcome, output, imageWhat);
            ms = outcome.medianMs();
            ioNames.put(role + ".input", input.name());
            ioNames.put(role + ".output", output);
        } catch (OrtException e) {
            throw new ModelLoadException(imageWhat + ": " + e.getMessage(), e);
        }
        if (m.file(ModelFile.TEXTUAL).isPresent()) {
            ModelFile textFile = m.file(ModelFile.TEXTUAL).get();
            String textWhat = describe(textFile);
            try (OrtSession session = open(dir, textFile)) {
                String output = pickOutput(session, m.ioNames().get(ModelFile.TEXTUAL + ".output"), textWhat);
                Map<String, OnnxTensor> inputs = TextInputs.synthetic(OrtEnvironment.getEnvironment(),
                        session.getInputInfo(), textWhat);
                long textDim;
                try {
                    textDim = embeddingDimension(SmokeRun.run(session, inputs, 0, 1, textWhat), output, textWhat);
                } finally {
                    inputs.values().forEach(OnnxTensor::close);
                }
                requireSameDimension(m, imageDim, textDim, textWhat);
                ioNames.put(ModelFile.TEXTUAL + ".output", output);
            } catch (OrtException e) {
                throw new ModelLoadException(textWhat + ": " + e.getMessage(), e);
            }
        } else if (textEncoderDimensions.containsKey(m.textEncoder())) {
            requireSameDimension(m, imageDim, textEncoderDimensions.get(m.textEncoder()), "text encoder '" + m.textEncoder() + "'");
        }
        return ms;
    }

    private static void requireSameDimension(ModelManifest m, long imageDim, long textDim, String textSide) {
        if (imageDim != textDim) {
            throw new ModelLoadException("VLM '" + m.id() + "': the image tower gives " + imageDim
                    + "-d embeddings but " + textSide + " gives " + textDim + "-d; both towers must share one dimension");
        }
    }

    private static long embeddingDimension(SmokeRun.Outcome outcome, String output, String what) {
        long[] shape = outcome.outputShapes().get(output);
        if (shape == null || shape.length != 2 || shape[0] != 1) {
            throw new ModelLoadException(what + ": output '" + output + "' has shape " + Arrays.toString(shape)
                    + " on one input, expected an embedding [1, D]");
        }
        return shape[1];
    }

    private SmokeRun.Outcome smoke(OrtSession session, ImageInput input, String what) throws OrtException {
        try (OnnxTensor tensor = input.synthetic(OrtEnvironment.getEnvironment())) {
            return SmokeRun.run(session, Map.of(input.name(), tensor), warmupRuns, timedRuns, what);
        }
    }

    private static NodeInfo pickInput(OrtSession session, String declared, String what) throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        return inputs.get(pick(inputs.keySet().stream().toList(), declared, "input", what));
    }

    private static String pickOutput(OrtSession session, String declared, String what) throws OrtException {
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        List<String> names = outputs.keySet().stream().toList();
        if (declared == null && names.size() > 1) {
            List<String> rank2 = outputs.values().stream()
                    .filter(n -> n.getInfo() instanceof TensorInfo t && t.getShape().length == 2)
                    .map(NodeInfo::getName).toList();
            if (rank2.size() == 1) {
                return rank2.get(0);
            }
        }
        return pick(names, declared, "output", what);
    }

    /** The declared tensor name, else the only one; anything else is ambiguous and named in the error. */
    private static String pick(List<String> names, String declared, String kind, String what) {
        if (declared != null) {
            if (!names.contains(declared)) {
                throw new ModelLoadException(what + ": the manifest names " + kind + " '" + declared
                        + "', the model has " + names);
            }
            return declared;
        }
        if (names.size() != 1) {
            throw new ModelLoadException(what + ": has " + names.size() + " " + kind + "s " + names
                    + "; name the one to use in the manifest's ioNames");
        }
        return names.get(0);
    }

    private OrtSession open(Path dir, ModelFile file) {
        Path path = dir.resolve(file.path());
        try {
            if (Files.size(path) == 0) {
                throw new ModelLoadException(describe(file) + " is empty (0 bytes), not an ONNX model");
            }
        } catch (java.io.IOException e) {
            throw new ModelLoadException(describe(file) + " cannot be read: " + e.getMessage(), e);
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            return OrtEnvironment.getEnvironment().createSession(path.toString(), options);
        } catch (OrtException e) {
            throw new ModelLoadException(describe(file) + " is not a loadable ONNX model: " + e.getMessage(), e);
        }
    }

    private static boolean isTower(ModelManifest m, ModelFile f) {
        return switch (m.kind()) {
            case EXPERT -> f.role().equals(ModelFile.MODEL);
            case VLM -> f.role().equals(ModelFile.TEXTUAL) || f.role().equals(ModelFile.CLASSIFIER)
                    || f.equals(imageTower(m));
        };
    }

    /** A VLM's image tower: 'visual' when paired with its own text tower, else 'image-tower'. */
    private static ModelFile imageTower(ModelManifest m) {
        return m.file(ModelFile.VISUAL).or(() -> m.file(ModelFile.IMAGE_TOWER))
                .or(() -> m.file(ModelFile.CLASSIFIER)).orElseThrow();
    }

    private static String describe(ModelFile f) {
        return "model file '" + f.path() + "' (role " + f.role() + ")";
    }

    /** Builds an {@link OnnxModelChecker}; every value is optional. */
    public static final class Builder {
        private int warmupRuns = 3;
        private int timedRuns = 10;
        private int intraOpThreads;
        private final Map<String, Integer> textEncoderDimensions = new HashMap<>();

        private Builder() {
        }

        /** Untimed runs before timing (default 3). */
        public Builder optWarmupRuns(int runs) {
            if (runs < 0) {
                throw new IllegalArgumentException("warmupRuns must be >= 0, got " + runs);
            }
            this.warmupRuns = runs;
            return this;
        }

        /** Timed runs whose median gives ms/image (default 10). */
        public Builder optTimedRuns(int runs) {
            if (runs < 1) {
                throw new IllegalArgumentException("timedRuns must be >= 1, got " + runs);
            }
            this.timedRuns = runs;
            return this;
        }

        /** Intra-op threads of the sessions (default: ONNX Runtime's choice, one per physical core). */
        public Builder optIntraOpThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("intraOpThreads must be >= 1, got " + threads);
            }
            this.intraOpThreads = threads;
            return this;
        }

        /** Declares a text encoder's embedding dimension, so that VLMs pairing an image tower with it are checked. */
        public Builder optTextEncoderDimension(String textEncoderId, int dimension) {
            textEncoderDimensions.put(Objects.requireNonNull(textEncoderId, "textEncoderId"), dimension);
            return this;
        }

        public OnnxModelChecker build() {
            return new OnnxModelChecker(this);
        }
    }
}
