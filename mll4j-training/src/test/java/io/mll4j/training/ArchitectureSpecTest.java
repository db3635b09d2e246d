package io.mll4j.training;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureSpecTest {
    private static final ArchitectureSpec CNN = ArchitectureSpec.builder(3, 32, 32)
            .conv(16, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
            .conv(32, 3, 1, 1).relu().avgPool(2, 2)
            .conv(64, 3, 2, 1).relu().globalAvgPool()
            .dropout(0.25f).linear(10).build();

    @Test
    void layerOutputShapes_cnn_followConvAndPoolArithmetic() {
        assertThat(CNN.layerOutputShapes()).containsExactly(
                List.of(16, 32, 32), List.of(16, 32, 32), List.of(16, 32, 32), List.of(16, 16, 16),
                List.of(32, 16, 16), List.of(32, 16, 16), List.of(32, 8, 8),
                List.of(64, 4, 4), List.of(64, 4, 4), List.of(64), List.of(64), List.of(10));
        assertThat(CNN.outputSize()).isEqualTo(10);
    }

    @Test
    void outputSize_mlp_isLastLinearWidth() {
        ArchitectureSpec mlp = ArchitectureSpec.builder(1, 28, 28).flatten().linear(128).relu().linear(10).build();
        assertThat(mlp.layerOutputShapes().getFirst()).containsExactly(784);
        assertThat(mlp.outputSize()).isEqualTo(10);
    }

    @Test
    void json_roundTrip_givesEqualSpecWithTypeTags() {
        String json = CNN.toJson();
        assertThat(json).contains("\"type\" : \"conv\"", "\"type\" : \"globalavgpool\"", "\"type\" : \"batchnorm\"");
        assertThat(ArchitectureSpec.fromJson(json)).isEqualTo(CNN);
    }

    @Test
    void read_fileWithInconsistentSpec_isDataExceptionNamingFileAndLayer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, """
                {"input": {"channels": 1, "height": 4, "width": 4},
                 "layers": [{"type": "linear", "out": 3}]}
                """);
        assertThatThrownBy(() -> ArchitectureSpec.read(file))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("layer 0 (linear) needs a flat input");
    }

    @Test
    void fromJson_unknownLayerType_isDataException() {
        assertThatThrownBy(() -> ArchitectureSpec.fromJson("""
                {"input": {"channels": 1, "height": 4, "width": 4}, "layers": [{"type": "lstm"}]}"""))
                .isInstanceOf(DataException.class).hasMessageContaining("lstm");
    }

    @Test
    void build_batchNormNotAfterConvOrLinear_namesTheLayer() {
        assertThatThrownBy(() -> ArchitectureSpec.builder(1, 4, 4).conv(2, 3, 1, 1).relu().batchNorm()
                .flatten().linear(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 2 (batchnorm)");
    }

    @Test
    void build_kernelLargerThanInput_namesTheLayer() {
        assertThatThrownBy(() -> ArchitectureSpec.builder(1, 4, 4).conv(2, 3, 1, 0).maxPool(3, 1)
                .flatten().linear(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 1");
    }

    @Test
    void build_endsWithFeatureMap_isRejected() {
        assertThatThrownBy(() -> ArchitectureSpec.builder(1, 4, 4).conv(2, 3, 1, 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flat output");
    }

    @Test
    void conv_negativePad_isRejected() {
        assertThatThrownBy(() -> new Layer.Conv(4, 3, 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pad");
    }
}
