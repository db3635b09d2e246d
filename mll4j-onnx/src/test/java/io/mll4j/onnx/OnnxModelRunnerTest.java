package io.mll4j.onnx;

import ai.onnxruntime.OnnxJavaType;
import io.mll4j.exception.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnnxModelRunnerTest {
    @TempDir
    Path dir;

    private Path linear() {
        return TinyModels.linearClassifier(dir.resolve("linear.onnx"), -1, 1, 2, TinyModels.weights(12, 1),
                TinyModels.weights(3, 2));
    }

    @Test
    void open_emptyFile_throwsNamingFileAndSize() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.onnx"));

        assertThatThrownBy(() -> OnnxModelRunner.open(empty, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("empty (0 bytes)");
    }

    @Test
    void open_randomBytes_throwsNamingFile() throws Exception {
        byte[] junk = new byte[1000];
        new Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.onnx"), junk);

        assertThatThrownBy(() -> OnnxModelRunner.open(file, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("ONNX model " + file + " is not a valid ONNX file");
    }

    @Test
    void open_missingFile_throwsNamingFile() {
        Path missing = dir.resolve("missing.onnx");

        assertThatThrownBy(() -> OnnxModelRunner.open(missing, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(missing + " does not exist");
    }

    @Test
    void open_builtModel_reportsInputsAndOutputsWithSymbolicBatch() {
        try (OnnxModelRunner runner = OnnxModelRunner.open(linear(), 1)) {
            TensorSpec in = runner.input(null);
            TensorSpec out = runner.output(null);

            assertThat(in.name()).isEqualTo("pixels");
            assertThat(in.type()).isEqualTo(OnnxJavaType.FLOAT);
            assertThat(in.shapeText()).isEqualTo("[N, 1, 2, 2]");
            assertThat(out.shape()).containsExactly(-1, 3);
        }
    }

    @Test
    void input_unknownName_throwsListingTheInputs() {
        try (OnnxModelRunner runner = OnnxModelRunner.open(linear(), 1)) {
            assertThatThrownBy(() -> runner.input("image"))
                    .isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining("no input 'image'")
                    .hasMessageContaining("[pixels]");
        }
    }

    @Test
    void runFloat_batchOfTwo_returnsShapeAndJavaLogits() {
        float[] w = TinyModels.weights(12, 1);
        float[] b = TinyModels.weights(3, 2);
        float[] x = {0.1f, 0.2f, 0.3f, 0.4f, -1f, 0f, 2f, 0.5f};
        try (OnnxModelRunner runner = OnnxModelRunner.open(linear(), 1)) {
            FloatTensor out = runner.runFloat("pixels", x, new long[]{2, 1, 2, 2}, "logits");

            assertThat(out.shape()).containsExactly(2, 3);
            float[][] rows = out.rows();
            assertThat(rows[0]).containsExactly(TinyModels.linear(new float[]{0.1f, 0.2f, 0.3f, 0.4f}, w, b),
                    org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(rows[1]).containsExactly(TinyModels.linear(new float[]{-1f, 0f, 2f, 0.5f}, w, b),
                    org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void close_twice_isHarmlessAndLaterRunsFail() {
        OnnxModelRunner runner = OnnxModelRunner.open(linear(), 1);
        runner.close();
        runner.close();

        assertThatThrownBy(() -> runner.runFloat("pixels", new float[4], new long[]{1, 1, 2, 2}, "logits"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
