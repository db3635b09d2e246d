package io.mll4j.training.onnx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BatchNormFoldingTest {

    @Test
    void fold_twoOutputs_scalesWeightsPerOutputAndShiftsBias() {
        // out 0: gamma 2, var 3: scale 2/sqrt(3); out 1: gamma 1, var 0.25: scale 2 (epsilon 0)
        BatchNormFolding folded = BatchNormFolding.fold(
                new float[]{1, 2, 3, 4}, new float[]{5, 6},
                new float[]{2, 1}, new float[]{0.5f, -1}, new float[]{1, 2}, new float[]{3, 0.25f}, 0f);
        assertThat(folded.weight()).containsExactly(new float[]{2 / (float) Math.sqrt(3), 4 / (float) Math.sqrt(3), 6, 8}, within(1e-6f));
        assertThat(folded.bias()).containsExactly(new float[]{(5 - 1) * 2 / (float) Math.sqrt(3) + 0.5f, (6 - 2) * 2 - 1}, within(1e-5f));
    }

    @Test
    void fold_identityStatistics_keepsParameters() {
        BatchNormFolding folded = BatchNormFolding.fold(new float[]{1, -2, 3}, new float[]{0.5f},
                new float[]{1}, new float[]{0}, new float[]{0}, new float[]{1}, 0f);
        assertThat(folded.weight()).containsExactly(1, -2, 3);
        assertThat(folded.bias()).containsExactly(0.5f);
    }
}
