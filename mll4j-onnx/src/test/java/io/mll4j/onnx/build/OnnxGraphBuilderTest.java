package io.mll4j.onnx.build;

import io.mll4j.onnx.FloatTensor;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.onnx.TinyModels;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class OnnxGraphBuilderTest {
    @TempDir
    Path dir;

    @Test
    void write_convReluMaxPoolFlatten_runsInOrtLikeJava() {
        float[] w = TinyModels.weights(2 * 9, 31);
        float[] b = TinyModels.weights(2, 32);
        float[] x = TinyModels.weights(16, 33);
        Path file = dir.resolve("cnn.onnx");
        OnnxGraphBuilder.create("cnn")
                .input("x", ElementType.FLOAT, -1, 1, 4, 4)
                .initializer("w", w, 2, 1, 3, 3)
                .initializer("b", b, 2)
                .conv("x", "w", "b", "conv", 3, 1, 1)
                .relu("conv", "act")
                .maxPool("act", "pool", 2, 2)
                .flatten("pool", 1, "features")
                .output("features", ElementType.FLOAT, -1, 8)
                .write(file);

        try (OnnxModelRunner runner = OnnxModelRunner.open(file, 1)) {
            FloatTensor out = runner.runFloat("x", x, new long[]{1, 1, 4, 4}, "features");

            assertThat(out.shape()).containsExactly(1, 8);
            assertThat(out.values()).containsExactly(convReluPool(x, w, b), offset(1e-5f));
        }
    }

    /** 3x3 convolution with zero padding 1, ReLU, 2x2 max pooling, channel-major flattening. */
    private static float[] convReluPool(float[] x, float[] w, float[] b) {
        float[] out = new float[8];
        for (int c = 0; c < 2; c++) {
            float[] act = new float[16];
            for (int y = 0; y < 4; y++) {
                for (int z = 0; z < 4; z++) {
                    float sum = b[c];
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            int sy = y + ky - 1;
                            int sx = z + kx - 1;
                            if (sy >= 0 && sy < 4 && sx >= 0 && sx < 4) {
                                sum += x[sy * 4 + sx] * w[c * 9 + ky * 3 + kx];
                            }
                        }
                    }
                    act[y * 4 + z] = Math.max(sum, 0);
                }
            }
            for (int py = 0; py < 2; py++) {
                for (int px = 0; px < 2; px++) {
                    float m = Float.NEGATIVE_INFINITY;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            m = Math.max(m, act[(2 * py + dy) * 4 + 2 * px + dx]);
                        }
                    }
                    out[c * 4 + py * 2 + px] = m;
                }
            }
        }
        return out;
    }

    @Test
    void write_reduceMeanThenSoftmax_runsInOrtLikeJava() {
        Path file = dir.resolve("mean.onnx");
        OnnxGraphBuilder.create("mean")
                .input("x", ElementType.FLOAT, -1, 2, 3)
                .reduceMean("x", new long[]{1}, false, "mean")
                .softmax("mean", 1, "p")
                .output("p", ElementType.FLOAT, -1, 3)
                .write(file);

        try (OnnxModelRunner runner = OnnxModelRunner.open(file, 1)) {
            float[] p = runner.runFloat("x", new float[]{1, 2, 3, 3, 2, 1}, new long[]{1, 2, 3}, "p").values();

            // mean over axis 1 = [2, 2, 2], softmax of equal values = 1/3 each
            assertThat(p).containsExactly(new float[]{1 / 3f, 1 / 3f, 1 / 3f}, offset(1e-6f));
        }
    }

    @Test
    void build_nodeReadingUnknownTensor_throwsNamingIt() {
        OnnxGraphBuilder g = OnnxGraphBuilder.create("bad").input("x", ElementType.FLOAT, -1, 2).add("x", "y", "z");

        assertThatThrownBy(g::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("reads 'y'");
    }

    @Test
    void build_outputNeverComputed_throws() {
        OnnxGraphBuilder g = OnnxGraphBuilder.create("bad").input("x", ElementType.FLOAT, 2)
                .output("out", ElementType.FLOAT, 2);

        assertThatThrownBy(g::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'out' is never computed");
    }

    @Test
    void initializer_countNotMatchingShape_throwsNamingIt() {
        assertThatThrownBy(() -> OnnxGraphBuilder.create("bad").initializer("w", new float[5], 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'w' has 5 values but shape [2, 3] needs 6");
    }

    @Test
    void node_tensorDefinedTwice_throws() {
        OnnxGraphBuilder g = OnnxGraphBuilder.create("bad").input("x", ElementType.FLOAT, 2).relu("x", "y");

        assertThatThrownBy(() -> g.node("Relu", List.of("x"), "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'y' is defined twice");
    }

    @Test
    void build_model_declaresOpsetAndIrVersion() {
        var model = OnnxGraphBuilder.create("g").input("x", ElementType.FLOAT, 2).relu("x", "y")
                .output("y", ElementType.FLOAT, 2).build();

        assertThat(model.getIrVersion()).isEqualTo(OnnxGraphBuilder.IR_VERSION);
        assertThat(model.getOpsetImport(0).getVersion()).isEqualTo(OnnxGraphBuilder.OPSET);
        assertThat(model.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimValue())
                .isEqualTo(2);
    }
}
