package io.mll4j.onnx.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoolingTest {
    // batch of 2, 3 positions, dim 2; row 1 has one padded position holding large garbage
    private static final float[] HIDDEN = {1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 999, 999};
    private static final long[] MASK = {1, 1, 1, 1, 1, 0};

    @Test
    void mean_paddedRow_ignoresMaskedPositions() {
        float[] out = new float[2];
        Pooling.MEAN.pool(HIDDEN, MASK, 1, 3, 2, out);
        assertThat(out).containsExactly(20f, 30f);
    }

    @Test
    void mean_fullRow_averagesAllPositions() {
        float[] out = new float[2];
        Pooling.MEAN.pool(HIDDEN, MASK, 0, 3, 2, out);
        assertThat(out).containsExactly(3f, 4f);
    }

    @Test
    void cls_anyRow_takesFirstPosition() {
        float[] out = new float[2];
        Pooling.CLS.pool(HIDDEN, MASK, 1, 3, 2, out);
        assertThat(out).containsExactly(10f, 20f);
    }
}
