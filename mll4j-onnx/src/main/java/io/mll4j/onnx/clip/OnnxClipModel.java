package io.mll4j.onnx.clip;

import io.mll4j.exception.DataException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.image.Preprocessing;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.OnnxImageRunner;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.onnx.TensorSpec;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * A CLIP-style {@link VisionLanguageModel} from the two ONNX files of common CLIP exports: a visual encoder
 * (float {@code [N,3,S,S]} → {@code [N,D]}) and a textual encoder (int64 or int32 ids {@code [N,77]} →
 * {@code [N,D]}). Embeddings are L2-normalised in Java. Defaults: OpenAI's preprocessing at the model's input
 * size ({@link Preprocessing#clip(int)}, 224 when the size is symbolic) and {@link ClipBpeTokenizer} with the
 * model's context length (77 when symbolic).
 * <pre>{@code
 * try (VisionLanguageModel clip = OnnxClipModel.builder()
 *         .setImageModelPath(dir.resolve("visual.onnx"))
 *         .setTextModelPath(dir.resolve("textual.onnx"))
 *         .build()) {
 *     float[][] texts = clip.encodeTexts(List.of("a photo of a cat"));
 * }
 * }</pre>
 */
public final class OnnxClipModel implements VisionLanguageModel {
    private final TwoTowerModel towers;

    private OnnxClipModel(TwoTowerModel towers) {
        this.towers = towers;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int dimension() {
        return towers.dimension();
    }

    @Override
    public float[][] encodeImages(List<BufferedImage> images) {
        return towers.encodeImages(images);
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        return towers.encodeTexts(texts);
    }

    @Override
    public void close() {
        towers.close();
    }

    @Override
    public String toString() {
        return "OnnxClipModel[" + towers + "]";
    }

    /** {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private Path imageModelPath;
        private Path textModelPath;
        private Preprocessing preprocessing;
        private TextTokenizer tokenizer;
        private int contextLength;
        private int batchSize = 32;
        private int threads;
        private String imageInputName;
        private String imageOutputName;
        private String textInputName;
        private String textOutputName;

        private Builder() {
        }

        /** The visual encoder {@code .onnx}. */
        public Builder setImageModelPath(Path path) {
            this.imageModelPath = path;
            return this;
        }

        /** The textual encoder {@code .onnx}. */
        public Builder setTextModelPath(Path path) {
            this.textModelPath = path;
            return this;
        }

        /** Image preprocessing (default: {@link Preprocessing#clip(int)} at the model's input size). */
        public Builder optPreprocessing(Preprocessing preprocessing) {
            this.preprocessing = preprocessing;
            return this;
        }

        /** Tokenizer (default: {@link ClipBpeTokenizer#load()} with the context length). */
        public Builder optTokenizer(TextTokenizer tokenizer) {
            this.tokenizer = tokenizer;
            return this;
        }

        /** Context length of the default tokenizer (default: the text input's fixed length, else 77). */
        public Builder optContextLength(int contextLength) {
            this.contextLength = contextLength;
            return this;
        }

        /** Images or texts per run when a model's batch axis is symbolic (default 32). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** ONNX Runtime intra-op threads per encoder ({@code 0}, the default: one per core). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder optImageInputName(String name) {
            this.imageInputName = name;
            return this;
        }

        public Builder optImageOutputName(String name) {
            this.imageOutputName = name;
            return this;
        }

        public Builder optTextInputName(String name) {
            this.textInputName = name;
            return this;
        }

        public Builder optTextOutputName(String name) {
            this.textOutputName = name;
            return this;
        }

        /**
         * @throws IllegalArgumentException if a required field is missing or a value is out of range
         * @throws ModelLoadException       if a model cannot be loaded or its inputs/outputs do not fit
         * @throws DataException            if the default tokenizer's vocabulary is not installed
         */
        public OnnxClipModel build() {
            if (imageModelPath == null || textModelPath == null) {
                throw new IllegalArgumentException("imageModelPath and textModelPath are required");
            }
            if (batchSize < 1 || threads < 0 || contextLength < 0) {
                throw new IllegalArgumentException("batchSize must be >= 1, threads and contextLength >= 0, got "
                        + batchSize + ", " + threads + ", " + contextLength);
            }
            ImageTower images = null;
            OnnxModelRunner textModel = null;
            try {
                OnnxModelRunner imageModel = OnnxModelRunner.open(imageModelPath, threads);
                try {
                    Preprocessing spec = preprocessing != null ? preprocessing
                            : Preprocessing.clip(imageSize(imageModel.input(imageInputName)));
                    images = new OnnxImageTower(new OnnxImageRunner(imageModel, spec, imageInputName,
                            imageOutputName, batchSize));
                } catch (RuntimeException e) {
                    imageModel.close();
                    throw e;
                }
                textModel = OnnxModelRunner.open(textModelPath, threads);
                TextTokenizer tok = tokenizer != null ? tokenizer
                        : ClipBpeTokenizer.load().withContextLength(contextLength(textModel.input(textInputName)));
                TextTower texts = new OnnxTextTower(textModel, tok, textInputName, textOutputName, batchSize);
                if (images.dimension() != texts.dimension()) {
                    throw new ModelLoadException("image encoder " + imageModelPath + " gives " + images.dimension()
                            + "-d embeddings but text encoder " + textModelPath + " gives " + texts.dimension() + "-d");
                }
                return new OnnxClipModel(new TwoTowerModel(images, texts));
            } catch (RuntimeException e) {
                if (images != null) {
                    images.close();
                }
                if (textModel != null) {
                    textModel.close();
                }
                throw e;
            }
        }

        private static int imageSize(TensorSpec input) {
            long side = input.rank() == 4 ? input.dim(2) : -1;
            return side > 0 ? (int) side : 224;
        }

        private int contextLength(TensorSpec input) {
            if (contextLength > 0) {
                return contextLength;
            }
            long fixed = input.rank() == 2 ? input.dim(1) : -1;
            return fixed > 0 ? (int) fixed : ClipBpeTokenizer.DEFAULT_CONTEXT_LENGTH;
        }
    }
}
