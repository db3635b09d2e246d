package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.image.Preprocessing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the hub knows about one model, stored as {@code entry.json} in the model's folder (DJL zoo metadata,
 * learnware's {@code learnware.yaml}). Immutable; validated on construction, so a manifest read from JSON is as
 * trustworthy as one built in code. Absent optional values are {@code null} and left out of the JSON.
 *
 * @param id            hub id, {@code [a-z0-9][a-z0-9._-]*}
 * @param kind          expert or VLM
 * @param format        weight format (default ONNX)
 * @param files         the entry's files, roles unique
 * @param preprocessing how images are turned into the model's input tensor
 * @param tokenizer     text tokenizer of a VLM's text tower, or {@code null}; a ConSE VLM carries its settings here
 *                      as kind {@code text-encoder} with params {@code composite=conse}, {@code topK},
 *                      {@code labelTemplate}
 * @param textEncoder   hub/text-encoder id of a VLM's frozen text tower (e.g. {@code all-minilm-l6-v2-q}), or {@code null}
 * @param labels        an expert's head, in output order; for a ConSE VLM (file role {@code classifier}) the head of
 *                      its classifier; empty for other VLMs
 * @param ioNames       graph tensor names by logical name ({@code <role>.input}, {@code <role>.output}); may be empty
 * @param costProfile   measured cost, or {@code null} before admission
 * @param generalScore  a general-ability score filled in later, or {@code null}
 * @param provenance    origin and license, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(String id, ModelKind kind, ModelFormat format, List<ModelFile> files,
                            Preprocessing preprocessing, TokenizerSpec tokenizer, String textEncoder,
                            List<ClassLabel> labels, Map<String, String> ioNames, CostProfile costProfile,
                            Double generalScore, Provenance provenance) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final int MAX_ID_LENGTH = 128;

    public ModelManifest {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("model id '" + id + "' is invalid: use lowercase letters, digits, "
                    + "'.', '_' and '-', starting with a letter or digit (at most " + MAX_ID_LENGTH + " characters)");
        }
        Objects.requireNonNull(kind, () -> "model '" + id + "': kind is required (EXPERT or VLM)");
        Objects.requireNonNull(preprocessing, () -> "model '" + id + "': preprocessing is required");
        format = format == null ? ModelFormat.ONNX : format;
        files = files == null ? List.of() : List.copyOf(files);
        labels = labels == null ? List.of() : List.copyOf(labels);
        ioNames = ioNames == null ? Map.of() : Map.copyOf(ioNames);
        if (textEncoder != null && !isValidId(textEncoder)) {
            throw new IllegalArgumentException("model '" + id + "': text encoder id '" + textEncoder + "' is invalid");
        }
        if (generalScore != null && !Double.isFinite(generalScore)) {
            throw new IllegalArgumentException("model '" + id + "': generalScore must be finite, got " + generalScore);
        }
        ManifestRules.check(id, kind, files, labels, textEncoder);
    }

    /** Whether {@code id} can name a hub model (and a folder). */
    public static boolean isValidId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
    }

    /** The file with this role, if any. */
    public Optional<ModelFile> file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst();
    }

    /**
     * Whether this is a ConSE composite: a VLM made of a classifier (file role {@value ModelFile#CLASSIFIER}) whose
     * head the text encoder embeds, so that its {@link #labels()} are that classifier's, not a limit on its classes.
     */
    @JsonIgnore
    public boolean isConse() {
        return kind == ModelKind.VLM && file(ModelFile.CLASSIFIER).isPresent();
    }

    /** Sum of the recorded file sizes (files without a recorded size count 0). */
    @JsonIgnore
    public long totalBytes() {
        return files.stream().mapToLong(f -> f.bytes() == null ? 0 : f.bytes()).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this manifest's values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder().setId(id).setKind(kind).optFormat(format).setFiles(files).setPreprocessing(preprocessing)
                .optTokenizer(tokenizer).optTextEncoder(textEncoder).optLabels(labels).optIoNames(ioNames)
                .optCostProfile(costProfile).optGeneralScore(generalScore).optProvenance(provenance);
    }

    /** Builds a {@link ModelManifest}: {@code set*} values are required, {@code opt*} values optional. */
    public static final class Builder {
        private String id;
        private ModelKind kind;
        private ModelFormat format = ModelFormat.ONNX;
        private final List<ModelFile> files = new ArrayList<>();
        private Preprocessing preprocessing;
        private TokenizerSpec tokenizer;
        private String textEncoder;
        private final List<ClassLabel> labels = new ArrayList<>();
        private final Map<String, String> ioNames = new LinkedHashMap<>();
        private CostProfile costProfile;
        private Double generalScore;
        private Provenance provenance;

        private Builder() {
        }

        public Builder setId(String id) {
            this.id = id;
            return this;
        }

        public Builder setKind(ModelKind kind) {
            this.kind = kind;
            return this;
        }

        /** Replaces the files. */
        public Builder setFiles(List<ModelFile> files) {
            this.files.clear();
            this.files.addAll(files);
            return this;
        }

        public Builder addFile(ModelFile file) {
            files.add(file);
            return this;
        }

        public Builder setPreprocessing(Preprocessing preprocessing) {
            this.preprocessing = preprocessing;
            return this;
        }

        public Builder optFormat(ModelFormat format) {
            this.format = format;
            return this;
        }

        public Builder optTokenizer(TokenizerSpec tokenizer) {
            this.tokenizer = tokenizer;
            return this;
        }

        public Builder optTextEncoder(String textEncoder) {
            this.textEncoder = textEncoder;
            return this;
        }

        /** Replaces the labels (an expert's head in output order). */
        public Builder optLabels(List<ClassLabel> labels) {
            this.labels.clear();
            this.labels.addAll(labels);
            return this;
        }

        /** Replaces the tensor names. */
        public Builder optIoNames(Map<String, String> ioNames) {
            this.ioNames.clear();
            this.ioNames.putAll(ioNames);
            return this;
        }

        public Builder optCostProfile(CostProfile costProfile) {
            this.costProfile = costProfile;
            return this;
        }

        public Builder optGeneralScore(Double generalScore) {
            this.generalScore = generalScore;
            return this;
        }

        public Builder optProvenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /** Validates and builds; a bad value raises {@link IllegalArgumentException} naming the field. */
        public ModelManifest build() {
            return new ModelManifest(id, kind, format, files, preprocessing, tokenizer, textEncoder, labels,
                    ioNames, costProfile, generalScore, provenance);
        }
    }

    /** Cross-field rules per kind, kept apart so the record stays readable. */
    private static final class ManifestRules {
        static void check(String id, ModelKind kind, List<ModelFile> files, List<ClassLabel> labels, String textEncoder) {
            if (files.isEmpty()) {
                throw new IllegalArgumentException("model '" + id + "': at least one file is required");
            }
            Set<String> roles = new HashSet<>();
            Set<String> paths = new HashSet<>();
            for (ModelFile f : files) {
                if (!roles.add(f.role())) {
                    throw new IllegalArgumentException("model '" + id + "': file role '" + f.role() + "' appears twice");
                }
                String path = java.nio.file.Path.of(f.path()).normalize().toString();
                if (!paths.add(path) || path.equals(ModelHub.ENTRY_FILE)) {
                    throw new IllegalArgumentException("model '" + id + "': file path '" + f.path()
                            + "' is used twice or clashes with " + ModelHub.ENTRY_FILE);
                }
            }
            Set<String> names = new HashSet<>();
            for (ClassLabel l : labels) {
                if (!names.add(l.name())) {
                    throw new IllegalArgumentException("model '" + id + "': label '" + l.name() + "' appears twice");
                }
            }
            switch (kind) {
                case EXPERT -> {
                    require(roles.contains(ModelFile.MODEL), id, "an expert needs a file with role 'model'");
                    require(!labels.isEmpty(), id, "an expert needs its labels (one per output, in order)");
                }
                case VLM -> {
                    require(roles.contains(ModelFile.VISUAL) || roles.contains(ModelFile.IMAGE_TOWER)
                                    || roles.contains(ModelFile.CLASSIFIER), id,
                            "a VLM needs an image tower (file role 'visual' or 'image-tower') or a ConSE classifier"
                                    + " (file role 'classifier')");
                    require(roles.contains(ModelFile.TEXTUAL) || textEncoder != null, id,
                            "a VLM needs a text tower (file role 'textual') or a textEncoder id");
                    if (roles.contains(ModelFile.CLASSIFIER)) {
                        require(!labels.isEmpty() && textEncoder != null, id,
                                "a ConSE VLM (file role 'classifier') needs its classifier's labels and a textEncoder id");
                    }
                }
            }
        }

        private static void require(boolean ok, String id, String message) {
            if (!ok) {
                throw new IllegalArgumentException("model '" + id + "': " + message);
            }
        }
    }
}
