package io.mll4j.training;

import io.mll4j.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierTrainerTest {
    private static final InputShape SHAPE = new InputShape(2, 8, 8);
    private static final ArchitectureSpec CNN = ArchitectureSpec.builder(2, 8, 8)
            .conv(4, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
            .flatten().dropout(0.1f).linear(4).build();

    private static ClassifierTrainer.Builder trainer(SyntheticImages data, long seed) {
        return ClassifierTrainer.builder().setSpec(CNN).setData(data.images(), data.labels())
                .optEpochs(3).optBatchSize(16).optLearningRate(0.01f).optSeed(seed).optThreads(1)
                .optAugmentation(new Augmentation(1, true));
    }

    @Test
    void train_syntheticSquares_beatsChanceOnHeldOutImages() throws Exception {
        SyntheticImages train = SyntheticImages.generate(SHAPE, 4, 40, 1);
        SyntheticImages test = SyntheticImages.generate(SHAPE, 4, 20, 2);
        try (TrainedNetwork net = trainer(train, 7).build().train()) {
            assertThat(net.accuracy(test.images(), test.labels())).isGreaterThan(0.6);
            assertThat(net.record().epochs()).hasSize(3);
            assertThat(net.record().epochs().getLast().loss()).isLessThan(net.record().epochs().getFirst().loss());
            assertThat(net.record().classes()).isEqualTo(4);
            assertThat(net.record().threads()).isEqualTo(1);
            String json = io.mll4j.util.Json.write(net.record());
            assertThat(io.mll4j.util.Json.mapper().readValue(json, TrainingRecord.class)).isEqualTo(net.record());
        }
    }

    @Test
    void train_sameSeedSameThreads_givesBitIdenticalWeights() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, 4, 10, 3);
        try (TrainedNetwork a = trainer(train, 11).build().train();
             TrainedNetwork b = trainer(train, 11).build().train();
             TrainedNetwork c = trainer(train, 12).build().train()) {
            assertThat(flat(a.weights())).isEqualTo(flat(b.weights()));
            assertThat(flat(a.weights())).isNotEqualTo(flat(c.weights()));
        }
    }

    @Test
    void train_adamWWithWeightDecay_learnsAndIsRecorded() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, 4, 40, 1);
        SyntheticImages test = SyntheticImages.generate(SHAPE, 4, 20, 2);
        try (TrainedNetwork net = trainer(train, 7).optOptimizer(OptimizerKind.ADAMW).optWeightDecay(0.01f)
                .build().train()) {
            assertThat(net.accuracy(test.images(), test.labels())).isGreaterThan(0.6);
            assertThat(net.record().config().optimizer()).isEqualTo(OptimizerKind.ADAMW);
            assertThat(net.record().config().weightDecay()).isEqualTo(0.01f);
        }
    }

    @Test
    void train_progress_advancesOncePerBatch() {
        SyntheticImages train = SyntheticImages.generate(SHAPE, 4, 5, 4); // 20 images, batch 16: 2 batches
        AtomicLong advanced = new AtomicLong();
        AtomicLong total = new AtomicLong();
        Progress progress = new Progress() {
            @Override public void start(String task, long t) { total.set(t); }
            @Override public void advance(long done) { advanced.addAndGet(done); }
            @Override public void finish() { }
        };
        try (TrainedNetwork net = trainer(train, 1).optProgress(progress).build().train()) {
            assertThat(total.get()).isEqualTo(6);
            assertThat(advanced.get()).isEqualTo(6);
        }
    }

    @Test
    void build_labelOutsideClasses_namesTheRow() {
        SyntheticImages data = SyntheticImages.generate(SHAPE, 4, 2, 5);
        data.labels()[3] = 4;
        assertThatThrownBy(() -> trainer(data, 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 3");
    }

    @Test
    void build_rowOfWrongSize_namesTheRow() {
        SyntheticImages data = SyntheticImages.generate(SHAPE, 4, 2, 5);
        data.images()[5] = new float[3];
        assertThatThrownBy(() -> trainer(data, 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 5");
    }

    @Test
    void build_noSpec_saysSo() {
        assertThatThrownBy(() -> ClassifierTrainer.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec");
    }

    static float[] flat(NetworkWeights weights) {
        int size = weights.layers().stream().flatMap(m -> m.values().stream()).mapToInt(v -> v.length).sum();
        float[] all = new float[size];
        int at = 0;
        for (var layer : weights.layers()) {
            for (String name : new java.util.TreeSet<>(layer.keySet())) {
                float[] v = layer.get(name);
                System.arraycopy(v, 0, all, at, v.length);
                at += v.length;
            }
        }
        return all;
    }
}
