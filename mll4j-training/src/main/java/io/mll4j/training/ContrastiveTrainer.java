package io.mll4j.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;

/**
 * Trains an image tower against a frozen text encoder, LiT-style ("locked-image tuning" with the roles swapped:
 * here the text side is locked). The text side comes as precomputed embeddings, several per class (names,
 * synonyms, "a photo of a ...", glosses); the spec's output size must equal their dimension.
 * <p>
 * Loss: at every step one text per class is drawn (seeded), and each image's L2-normalised embedding is scored
 * against these K texts by cosine similarity times a scale {@code 1/temperature}; the loss is softmax
 * cross-entropy towards the image's class. This is the image-to-text half of CLIP's InfoNCE with every other
 * class's text as a negative; the text-to-image half is left out because the text side is frozen and a batch may
 * hold several images of one class. The temperature starts at {@code optTemperature} (default 0.07, as CLIP)
 * and is learnt unless fixed; the final value is in the {@link TrainingRecord}.
 * <p>
 * The result is the tower alone ({@link TrainedNetwork#predict} gives un-normalised embeddings); export it with
 * {@code OnnxExporter.builder().optL2Normalize(true)} or normalise in the caller.
 */
public final class ContrastiveTrainer {
    private final ArchitectureSpec spec;
    private final float[][] texts;
    private final int[][] textsByClass;
    private final float initialTemperature;
    private final boolean learnableTemperature;
    private final TrainingLoop loop;

    private ContrastiveTrainer(Builder builder) {
        this.spec = builder.spec();
        this.initialTemperature = builder.initialTemperature;
        this.learnableTemperature = builder.learnableTemperature;
        this.texts = TextEmbeddings.normalised(builder.texts, spec.outputSize());
        this.textsByClass = TextEmbeddings.byClass(builder.textClasses, texts.length);
        this.loop = builder.loop(TrainingData.checked(builder.images, builder.imageClasses, spec.input(),
                textsByClass.length));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains a fresh tower; the caller closes the result. */
    public TrainedNetwork train() {
        SequentialBlock tower = NetworkBlock.of(spec);
        ContrastiveBlock head = new ContrastiveBlock(tower, initialTemperature, learnableTemperature);
        int classes = textsByClass.length;
        int dim = spec.outputSize();
        InputShape in = spec.input();
        Shape[] initShapes = {new Shape(1, in.channels(), in.height(), in.width()), new Shape(classes, dim)};
        return loop.train("contrastive", head, tower, initShapes, classes, (trainer, images, manager, random) -> {
            float[] drawn = new float[classes * dim];
            for (int k = 0; k < classes; k++) {
                int[] candidates = textsByClass[k];
                System.arraycopy(texts[candidates[random.nextInt(candidates.length)]], 0, drawn, k * dim, dim);
            }
            return trainer.forward(new NDList(images, manager.create(drawn, new Shape(classes, dim))))
                    .singletonOrThrow();
        }, head::temperature);
    }

    /**
     * {@code set*} are required, {@code opt*} (here and in {@link TrainerBuilder}) optional. The spec is the tower;
     * its output size must equal the text embedding dimension.
     */
    public static final class Builder extends TrainerBuilder<Builder> {
        private float[][] images;
        private int[] imageClasses;
        private float[][] texts;
        private int[] textClasses;
        private float initialTemperature = 0.07f;
        private boolean learnableTemperature = true;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Training images ({@code C*H*W} floats each, channels first, normalised) and their classes. Not copied. */
        public Builder setImages(float[][] images, int[] classes) {
            this.images = images;
            this.imageClasses = classes;
            return this;
        }

        /**
         * The frozen text side: one embedding per text and the class it describes; every class in
         * {@code [0, classes)} needs at least one text. Rows are L2-normalised again here, so unnormalised input
         * is harmless.
         */
        public Builder setTexts(float[][] embeddings, int[] classes) {
            this.texts = embeddings;
            this.textClasses = classes;
            return this;
        }

        /** Starting temperature and whether it is learnt (default 0.07, learnt). */
        public Builder optTemperature(float initial, boolean learnable) {
            this.initialTemperature = initial;
            this.learnableTemperature = learnable;
            return this;
        }

        /** Validates every setting, naming the bad one. */
        public ContrastiveTrainer build() {
            spec(); // named first when several settings are missing
            if (texts == null || textClasses == null) {
                throw new IllegalArgumentException("texts not set: call setTexts");
            }
            if (!(initialTemperature > 0f) || Float.isInfinite(initialTemperature)) {
                throw new IllegalArgumentException("temperature must be > 0, got " + initialTemperature);
            }
            return new ContrastiveTrainer(this);
        }
    }
}
