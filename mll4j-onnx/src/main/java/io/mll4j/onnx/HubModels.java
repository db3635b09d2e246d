package io.mll4j.onnx;

import io.mll4j.exception.ModelLoadException;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelOpener;
import io.mll4j.hub.TokenizerSpec;
import io.mll4j.model.CachedTextEmbedder;
import io.mll4j.model.ConseModel;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.TextEmbedder;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.clip.ClipBpeTokenizer;
import io.mll4j.onnx.clip.OnnxClipModel;
import io.mll4j.onnx.clip.OnnxImageTower;
import io.mll4j.onnx.clip.TextTower;
import io.mll4j.onnx.clip.TwoTowerModel;
import io.mll4j.onnx.text.TextEncoders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens hub entries on ONNX Runtime, each once, and shares them: a VLM with {@code visual} + {@code textual} files
 * is an {@link OnnxClipModel}; a VLM with an image tower and a {@code textEncoder} id is a {@link TwoTowerModel}
 * whose text tower is that bundled encoder ({@link TextEncoders}), shared with every other user of the same id
 * and cached on disk when a text cache folder is set; a VLM with a {@code classifier} file is a ConSE composite
 * ({@link ConseModel}: that classifier's softmax over the same shared encoder's label texts); an expert is an
 * {@link OnnxImageClassifier}. The models
 * handed out belong to this object: closing them does nothing, {@link #close()} releases them all.
 * <pre>{@code
 * try (HubModels models = HubModels.builder().optTextCacheDir(hub.directory().resolve("cache/text")).build()) {
 *     VisionLanguageModel vlm = models.vlm(hub.get("clip-vit-b32"));
 * }
 * }</pre>
 */
public final class HubModels implements ModelOpener {
    private final Path textCacheDir;
    private final int threads;
    private final int batchSize;
    private final Map<Path, VisionLanguageModel> vlms = new LinkedHashMap<>();
    private final Map<Path, ImageClassifier> classifiers = new LinkedHashMap<>();
    private final Map<String, TextEmbedder> textEncoders = new LinkedHashMap<>();
    private boolean closed;

    private HubModels(Builder b) {
        this.textCacheDir = b.textCacheDir;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized VisionLanguageModel vlm(HubEntry entry) {
        ensureOpen();
        requireKind(entry, ModelKind.VLM);
        VisionLanguageModel vlm = vlms.get(entry.directory());
        if (vlm == null) {
            vlm = openVlm(entry);
            vlms.put(entry.directory(), vlm);
        }
        return Shared.of(vlm);
    }

    @Override
    public synchronized ImageClassifier classifier(HubEntry entry) {
        ensureOpen();
        requireKind(entry, ModelKind.EXPERT);
        ImageClassifier c = classifiers.get(entry.directory());
        if (c == null) {
            ModelManifest m = entry.manifest();
            c = OnnxImageClassifier.builder().setModelPath(entry.file(ModelFile.MODEL))
                    .setLabels(m.labels().stream().map(ClassLabel::name).toList()).setPreprocessing(m.preprocessing())
                    .optInputName(m.ioNames().get("model.input")).optOutputName(m.ioNames().get("model.output"))
                    .optBatchSize(batchSize).optThreads(threads).build();
            classifiers.put(entry.directory(), c);
        }
        return Shared.of(c);
    }

    /**
     * Closes the model opened for this entry, if any, to free its memory; the next {@link #vlm} or
     * {@link #classifier} call for the entry loads it again. Whatever was handed out for it must no longer be used
     * (a server releases only models no request holds). Text encoders stay open: they are shared.
     *
     * @return whether a model was open for the entry
     */
    public synchronized boolean release(HubEntry entry) {
        VisionLanguageModel vlm = vlms.remove(entry.directory());
        if (vlm != null) {
            vlm.close();
            return true;
        }
        ImageClassifier classifier = classifiers.remove(entry.directory());
        if (classifier != null) {
            classifier.close();
            return true;
        }
        return false;
    }

    /**
     * A bundled sentence encoder by id ({@link TextEncoders}), loaded once and cached on disk when a text cache
     * folder is set; the same instance serves matching and the text towers of VLMs.
     *
     * @throws ModelLoadException naming the id and the known ones when mll4j does not bundle it
     */
    public synchronized TextEmbedder textEncoder(String id) {
        ensureOpen();
        TextEmbedder e = textEncoders.get(id);
        if (e == null) {
            TextEncoders preset;
            try {
                preset = TextEncoders.byId(id);
            } catch (IllegalArgumentException unknown) {
                throw new ModelLoadException(unknown.getMessage(), unknown);
            }
            TextEmbedder loaded = preset.load();
            e = textCacheDir == null ? loaded
                    : CachedTextEmbedder.builder().setEmbedder(loaded).optCacheDir(textCacheDir).build();
            textEncoders.put(id, e);
        }
        return Shared.of(e);
    }

    private VisionLanguageModel openVlm(HubEntry entry) {
        ModelManifest m = entry.manifest();
        if (m.isConse()) {
            return conse(entry);
        }
        if (m.file(ModelFile.TEXTUAL).isPresent()) {
            ModelFile visual = m.file(ModelFile.VISUAL).orElseGet(() -> m.file(ModelFile.IMAGE_TOWER).orElseThrow());
            OnnxClipModel.Builder b = OnnxClipModel.builder()
                    .setImageModelPath(entry.directory().resolve(visual.path()))
                    .setTextModelPath(entry.file(ModelFile.TEXTUAL)).optPreprocessing(m.preprocessing())
                    .optImageInputName(m.ioNames().get(visual.role() + ".input"))
                    .optImageOutputName(m.ioNames().get(visual.role() + ".output"))
                    .optTextInputName(m.ioNames().get(ModelFile.TEXTUAL + ".input"))
                    .optTextOutputName(m.ioNames().get(ModelFile.TEXTUAL + ".output"))
                    .optBatchSize(batchSize).optThreads(threads);
            tokenizer(entry, b);
            return b.build();
        }
        String role = m.file(ModelFile.IMAGE_TOWER).isPresent() ? ModelFile.IMAGE_TOWER : ModelFile.VISUAL;
        TextEmbedder text = textEncoder(m.textEncoder());
        OnnxModelRunner runner = OnnxModelRunner.open(entry.file(role), threads);
        try {
            OnnxImageTower images = new OnnxImageTower(new OnnxImageRunner(runner, m.preprocessing(),
                    m.ioNames().get(role + ".input"), m.ioNames().get(role + ".output"), batchSize));
            if (images.dimension() != text.dimension()) {
                throw new ModelLoadException("VLM '" + m.id() + "': its image tower gives " + images.dimension()
                        + "-d embeddings but text encoder '" + m.textEncoder() + "' gives " + text.dimension() + "-d");
            }
            return new TwoTowerModel(images, TextTower.of(text));
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
    }

    /**
     * A ConSE composite (file role {@code classifier}): the classifier's softmax weighs the shared text encoder's
     * embeddings of its labels, written with the manifest's {@code labelTemplate}, over its {@code topK} labels
     * (tokenizer kind {@code text-encoder}, params {@code composite=conse}, as the demo hub writes them).
     */
    private VisionLanguageModel conse(HubEntry entry) {
        ModelManifest m = entry.manifest();
        TokenizerSpec spec = m.tokenizer();
        if (spec == null || spec.kind() != TokenizerSpec.Kind.TEXT_ENCODER
                || !"conse".equals(spec.params().get("composite"))) {
            throw new ModelLoadException("VLM '" + m.id() + "': a classifier file needs tokenizer {kind: text-encoder, "
                    + "params: {composite: conse, topK, labelTemplate}}");
        }
        int topK;
        try {
            topK = Integer.parseInt(spec.params().getOrDefault("topK", String.valueOf(m.labels().size())));
        } catch (NumberFormatException e) {
            throw new ModelLoadException("VLM '" + m.id() + "': ConSE topK is not a number: "
                    + spec.params().get("topK"), e);
        }
        String template = spec.params().getOrDefault("labelTemplate", "a photo of a %s.");
        OnnxImageClassifier classifier = OnnxImageClassifier.builder().setModelPath(entry.file(ModelFile.CLASSIFIER))
                .setLabels(m.labels().stream().map(ClassLabel::name).toList()).setPreprocessing(m.preprocessing())
                .optInputName(m.ioNames().get(ModelFile.CLASSIFIER + ".input"))
                .optOutputName(m.ioNames().get(ModelFile.CLASSIFIER + ".output"))
                .optBatchSize(batchSize).optThreads(threads).build();
        try {
            return new ConseModel(classifier, textEncoder(m.textEncoder()), m.labels().stream()
                    .map(l -> String.format(java.util.Locale.ROOT, template, l.name())).toList(), topK);
        } catch (RuntimeException e) {
            classifier.close();
            throw e;
        }
    }

    private static void tokenizer(HubEntry entry, OnnxClipModel.Builder b) {
        TokenizerSpec spec = entry.manifest().tokenizer();
        if (spec == null) {
            return; // CLIP BPE from the data home, context length from the model
        }
        if (spec.kind() != TokenizerSpec.Kind.CLIP_BPE) {
            throw new ModelLoadException("VLM '" + entry.id() + "': tokenizer '" + spec.kind().id()
                    + "' is not supported for an ONNX text tower yet (use clip-bpe, or a textEncoder id)");
        }
        String length = spec.params().get("contextLength");
        ClipBpeTokenizer tok = spec.params().containsKey("vocab")
                ? ClipBpeTokenizer.load(entry.directory().resolve(spec.params().get("vocab"))) : ClipBpeTokenizer.load();
        b.optTokenizer(length == null ? tok : tok.withContextLength(Integer.parseInt(length)));
    }

    private static void requireKind(HubEntry entry, ModelKind kind) {
        if (entry.manifest().kind() != kind) {
            throw new ModelLoadException("Model '" + entry.id() + "' is an " + entry.manifest().kind() + ", not a "
                    + kind);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("HubModels is closed");
        }
    }

    /** Closes every model and encoder opened (VLMs before the encoders their text towers use). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> all = new ArrayList<>(vlms.values());
        all.addAll(classifiers.values());
        all.addAll(textEncoders.values());
        RuntimeException first = null;
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                // keep closing the rest; the first failure is rethrown
                if (first == null) {
                    first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** {@code opt*} values are optional. */
    public static final class Builder {
        private Path textCacheDir;
        private int threads;
        private int batchSize = 32;

        private Builder() {
        }

        /** Disk cache of text embeddings (e.g. {@code <hub>/cache/text}); default memory only. */
        public Builder optTextCacheDir(Path value) {
            this.textCacheDir = value;
            return this;
        }

        /** ONNX Runtime intra-op threads per model ({@code 0}, the default: one per core). */
        public Builder optThreads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("threads must be >= 0, got " + value);
            }
            this.threads = value;
            return this;
        }

        /** Images or texts per run when a model's batch axis is symbolic (default 32). */
        public Builder optBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, got " + value);
            }
            this.batchSize = value;
            return this;
        }

        public HubModels build() {
            return new HubModels(this);
        }
    }
}
