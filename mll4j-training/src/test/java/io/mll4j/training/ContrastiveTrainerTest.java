package io.mll4j.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContrastiveTrainerTest {
    private static final int CLASSES = 4;
    private static final int DIM = 16;
    private static final int TEXTS_PER_CLASS = 3;
    private static final InputShape SHAPE = new InputShape(2, 8, 8);
    private static final ArchitectureSpec TOWER = ArchitectureSpec.builder(2, 8, 8)
            .conv(4, 3, 1, 1).relu().maxPool(2, 2).flatten().linear(DIM).build();

    /** Several noisy "texts" per class around a random class direction, like names, synonyms and prompts. */
    private static float[][] texts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[CLASSES][DIM];
        for (float[] c : centres) {
            for (int j = 0; j < DIM; j++) {
                c[j] = (float) random.nextGaussian();
            }
        }
        float[][] texts = new float[CLASSES * TEXTS_PER_CLASS][DIM];
        for (int t = 0; t < texts.length; t++) {
            for (int j = 0; j < DIM; j++) {
                texts[t][j] = centres[t % CLASSES][j] + (float) (0.3 * random.nextGaussian());
            }
        }
        return texts;
    }

    private static int[] textClasses() {
        int[] classes = new int[CLASSES * TEXTS_PER_CLASS];
        for (int t = 0; t < classes.length; t++) {
            classes[t] = t % CLASSES;
        }
        return classes;
    }

    private static ContrastiveTrainer.Builder trainer(SyntheticImages images, float[][] texts) {
        return ContrastiveTrainer.builder().setSpec(TOWER).setImages(images.images(), images.labels())
                .setTexts(texts, textClasses()).optEpochs(4).optBatchSize(16).optLearningRate(0.01f)
                .optThreads(1).optSeed(3);
    }

    @Test
    void train_syntheticProblem_lossFallsAndHeldOutZeroShotBeatsChance() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, CLASSES, 40, 1);
        SyntheticImages test = SyntheticImages.generate(SHAPE, CLASSES, 20, 2);
        float[][] texts = texts(5);
        try (TrainedNetwork tower = trainer(train, texts).build().train()) {
            var epochs = tower.record().epochs();
            assertThat(epochs.getLast().loss()).isLessThan(epochs.getFirst().loss());
            float[][] embeddings = tower.predict(test.images());
            assertThat(embeddings[0]).hasSize(DIM);
            assertThat(ZeroShot.accuracy(embeddings, test.labels(), texts, textClasses(), CLASSES)).isGreaterThan(0.6);
            assertThat(tower.record().objective()).isEqualTo("contrastive");
            assertThat(Math.abs(tower.record().temperature() - 0.07)).as("learnt temperature moved").isGreaterThan(1e-6);
        }
    }

    @Test
    void train_fixedTemperature_keepsIt() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, CLASSES, 4, 1);
        try (TrainedNetwork tower = trainer(train, texts(5)).optEpochs(1).optTemperature(0.1f, false).build().train()) {
            assertThat(tower.record().temperature()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void build_classWithoutText_namesTheClass() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, CLASSES, 2, 1);
        int[] classes = textClasses();
        classes[2] = 5; // class 4 then has no text
        assertThatThrownBy(() -> trainer(train, texts(5)).setTexts(texts(5), classes).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class 4");
    }

    @Test
    void build_textOfWrongDimension_namesTheText() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, CLASSES, 2, 1);
        float[][] texts = texts(5);
        texts[7] = new float[DIM + 1];
        assertThatThrownBy(() -> trainer(train, texts).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text embedding 7");
    }
}
