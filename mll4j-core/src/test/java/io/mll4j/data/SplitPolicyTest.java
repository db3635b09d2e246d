package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitPolicyTest {
    @Test
    void range_cifarTrainPart_reservesLastHundredForNodeAndFiftyBeforeForReference() {
        assertThat(SplitPolicy.range("cifar10", Split.TRAIN, 5000)).containsExactly(0, 4850);
        assertThat(SplitPolicy.range("cifar10", Split.REFERENCE, 5000)).containsExactly(4850, 4900);
        assertThat(SplitPolicy.range("cifar10", Split.NODE, 5000)).containsExactly(4900, 5000);
        assertThat(SplitPolicy.part("cifar10", Split.TEST)).isEqualTo(SplitPolicy.Part.OFFICIAL_TEST);
        assertThat(SplitPolicy.range("fashion-mnist", Split.TEST, 1000)).containsExactly(0, 1000);
    }

    @Test
    void range_mnistClassOf863_keepsTwoHundredTestHundredNodeAndFiftyReference() {
        assertThat(SplitPolicy.range("mnist", Split.TRAIN, 863)).containsExactly(0, 513);
        assertThat(SplitPolicy.range("mnist", Split.REFERENCE, 863)).containsExactly(513, 563);
        assertThat(SplitPolicy.range("mnist", Split.NODE, 863)).containsExactly(563, 663);
        assertThat(SplitPolicy.range("mnist", Split.TEST, 863)).containsExactly(663, 863);
    }

    @Test
    void select_interleavedLabels_givesDisjointSplitsCoveringEverything() {
        int[] labels = new int[2 * 450];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }
        Set<Integer> seen = new HashSet<>();
        int total = 0;
        for (Split s : Split.values()) {
            int[] idx = SplitPolicy.select("mnist", s, labels, 2);
            assertThat(idx).isSorted();
            total += idx.length;
            Arrays.stream(idx).forEach(seen::add);
        }
        assertThat(total).isEqualTo(labels.length);
        assertThat(seen).hasSize(labels.length);
        int[] node = SplitPolicy.select("mnist", Split.NODE, labels, 2);
        assertThat(node).hasSize(200);
        assertThat(node[0]).isEqualTo(2 * 150);
        assertThat(SplitPolicy.select("mnist", Split.REFERENCE, labels, 2)).hasSize(100).startsWith(2 * 100);
    }

    @Test
    void range_classTooSmall_throwsNamingDataset() {
        assertThatThrownBy(() -> SplitPolicy.range("mnist", Split.TRAIN, 350))
                .isInstanceOf(DataException.class).hasMessageContaining("mnist");
    }

    @Test
    void part_imagenetSampleTrain_isRejected() {
        assertThat(SplitPolicy.part("imagenet-sample", Split.NODE)).isEqualTo(SplitPolicy.Part.WHOLE);
        assertThatThrownBy(() -> SplitPolicy.part("imagenet-sample", Split.TRAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node");
        assertThatThrownBy(() -> SplitPolicy.part("svhn", Split.TEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("svhn");
    }
}
