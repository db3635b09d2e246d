package io.mll4j.training.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.mll4j.training.ArchitectureSpec;
import io.mll4j.training.ClassifierTrainer;
import io.mll4j.training.InputShape;
import io.mll4j.training.OnnxRuntimeCheck;
import io.mll4j.training.TrainedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OnnxExporterTest {

    /** Trains a few steps on random data so weights, biases and batchnorm statistics are all non-trivial. */
    private static TrainedNetwork trained(ArchitectureSpec spec) {
        float[][] x = random(48, spec.input().size(), 1);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % spec.outputSize();
        }
        return ClassifierTrainer.builder().setSpec(spec).setData(x, y).optEpochs(2).optBatchSize(16)
                .optLearningRate(0.01f).optThreads(1).build().train();
    }

    private static float[][] random(int n, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][size];
        for (float[] row : x) {
            for (int i = 0; i < size; i++) {
                row[i] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    private static void assertParity(ArchitectureSpec spec) throws Exception {
        try (TrainedNetwork net = trained(spec)) {
            byte[] model = OnnxExporter.builder().build().export(spec, net.weights());
            for (int batch : new int[]{1, 7}) {
                float[][] x = random(batch, spec.input().size(), 100 + batch);
                float[][] djl = net.predict(x);
                float[][] ort = OnnxRuntimeCheck.run(model, spec.input(), x);
                assertThat(ort.length).isEqualTo(batch);
                assertThat(ort[0]).hasSize(spec.outputSize());
                assertThat(OnnxRuntimeCheck.maxAbsDiff(djl, ort)).isLessThan(1e-4);
            }
        }
    }

    @Test
    void export_cnnWithBatchNormAndDropout_matchesDjlWithin1e4() throws Exception {
        assertParity(ArchitectureSpec.builder(3, 12, 12)
                .conv(6, 3, 1, 1).batchNorm().relu().maxPool(2, 2)
                .conv(8, 3, 2, 1).relu().avgPool(2, 1)
                .conv(5, 1, 1, 0).relu().globalAvgPool()
                .dropout(0.2f).linear(16).batchNorm().relu().linear(3).build());
    }

    @Test
    void export_mlpOnGrey_matchesDjlWithin1e4() throws Exception {
        assertParity(ArchitectureSpec.builder(1, 10, 10)
                .flatten().linear(32).relu().dropout(0.3f).linear(16).relu().linear(5).build());
    }

    @Test
    void export_l2Normalize_givesUnitRowsNamedAsAsked() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(1, 6, 6).conv(4, 3, 1, 0).relu().flatten().linear(8).build();
        try (TrainedNetwork net = trained(spec)) {
            byte[] model = OnnxExporter.builder().optOutputName("embedding").optL2Normalize(true).build()
                    .export(spec, net.weights());
            float[][] x = random(4, spec.input().size(), 9);
            float[][] raw = net.predict(x);
            float[][] ort = OnnxRuntimeCheck.run(model, spec.input(), x);
            for (int i = 0; i < x.length; i++) {
                double norm = 0;
                for (float v : raw[i]) {
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                double unit = 0;
                for (int j = 0; j < ort[i].length; j++) {
                    assertThat((double) ort[i][j]).isCloseTo(raw[i][j] / norm, within(1e-5));
                    unit += ort[i][j] * ort[i][j];
                }
                assertThat(unit).isCloseTo(1.0, within(1e-5));
            }
            try (OrtSession session = OrtEnvironment.getEnvironment().createSession(model)) {
                assertThat(session.getOutputNames()).containsExactly("embedding");
                assertThat(session.getMetadata().getCustomMetadata()).containsEntry(OnnxExporter.SPEC_KEY, spec.toJson());
            }
        }
    }

    @Test
    void write_file_holdsTheSameModel(@TempDir Path dir) throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(1, 4, 4).flatten().linear(2).build();
        try (TrainedNetwork net = trained(spec)) {
            OnnxExporter exporter = OnnxExporter.builder().build();
            Path file = dir.resolve("sub/model.onnx");
            exporter.write(spec, net.weights(), file);
            assertThat(Files.readAllBytes(file)).isEqualTo(exporter.export(spec, net.weights()));
            try (var files = Files.list(file.getParent())) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    @Test
    void export_inputIsImageShapedWithSymbolicBatch() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(3, 5, 4).flatten().linear(2).build();
        try (TrainedNetwork net = trained(spec)) {
            var model = OnnxExporter.builder().build().model(spec, net.weights());
            var dims = model.getGraph().getInput(0).getType().getTensorType().getShape().getDimList();
            assertThat(dims).hasSize(4);
            assertThat(dims.get(0).getDimParam()).isEqualTo("batch");
            assertThat(dims.subList(1, 4)).extracting(d -> d.getDimValue()).containsExactly(3L, 5L, 4L);
        }
    }

    @Test
    void export_nodeAttributes_areInNameOrderSoBytesDoNotDependOnTheJvm() throws Exception {
        ArchitectureSpec spec = ArchitectureSpec.builder(1, 6, 6).conv(2, 3, 1, 1).relu().maxPool(2, 2).flatten()
                .linear(2).build();
        try (TrainedNetwork net = trained(spec)) {
            var graph = OnnxExporter.builder().build().model(spec, net.weights()).getGraph();
            for (var node : graph.getNodeList()) {
                var names = node.getAttributeList().stream().map(a -> a.getName()).toList();
                assertThat(names).as("attributes of %s", node.getOpType()).isSorted();
            }
            assertThat(graph.getNodeList()).anySatisfy(n -> assertThat(n.getAttributeCount()).isEqualTo(3));
        }
    }
}
