package io.mll4j.onnx;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.CostProfile;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.hub.Provenance;
import io.mll4j.image.Preprocessing;
import io.mll4j.util.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hub admitting real ONNX files through ONNX Runtime; failures must leave the hub folder as it was. */
class HubWithOnnxCheckerTest {
    static final Path MODELS = Path.of(System.getProperty("mll4j.repo.root", "../"), "data", "models");
    static final Preprocessing MNIST = new Preprocessing(Preprocessing.ColorMode.GRAY, 28, true,
            Preprocessing.Interpolation.BILINEAR, 0, 1f, new float[]{0f}, new float[]{1f}, Preprocessing.Layout.NCHW);

    @TempDir
    Path tmp;
    Path hubDir;
    ModelHub hub;

    @BeforeEach
    void setUp() {
        hubDir = tmp.resolve("hub");
        hub = ModelHub.builder().optDirectory(hubDir)
                .optChecker(OnnxModelChecker.builder().optWarmupRuns(2).optTimedRuns(5).build()).build();
    }

    static ModelManifest mnistManifest(String id) throws IOException {
        List<ClassLabel> labels = Json.mapper().readValue(MODELS.resolve("mnist.labels.json").toFile(),
                new TypeReference<List<ClassLabel>>() { });
        return ModelManifest.builder().setId(id).setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, "mnist.onnx")).setPreprocessing(MNIST).optLabels(labels)
                .optProvenance(Provenance.now("github:microsoft/onnxjs-demo@ded8ace2 public/mnist.onnx", "MIT", null))
                .build();
    }

    private List<String> hubChildren() throws IOException {
        try (Stream<Path> s = Files.list(hubDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    @Test
    void addListGetRemove_mnist_fillsCostProfile() throws IOException {
        HubEntry added = hub.add(new ModelPackage(mnistManifest("mnist"), MODELS));

        CostProfile cost = added.manifest().costProfile();
        System.out.println("mnist.onnx cost profile: " + cost);
        assertThat(cost.fileBytes()).isEqualTo(Files.size(MODELS.resolve("mnist.onnx")));
        assertThat(cost.params()).isPositive();
        assertThat(cost.msPerImage()).isPositive();
        assertThat(added.manifest().ioNames()).containsEntry("model.input", "Input3")
                .containsEntry("model.output", "Plus214_Output_0");
        assertThat(added.manifest().labels()).hasSize(10).first().isEqualTo(new ClassLabel("0", "n13742358"));
        assertThat(hub.list()).extracting(HubEntry::id).containsExactly("mnist");
        assertThat(hub.get("mnist")).isEqualTo(added);
        assertThat(hub.verify("mnist").file(ModelFile.MODEL)).hasSameBinaryContentAs(MODELS.resolve("mnist.onnx"));

        hub.remove("mnist");

        assertThat(hub.list()).isEmpty();
        assertThat(hubChildren()).isEmpty();
    }

    @Test
    void add_duplicateMnist_throwsNamingId() throws IOException {
        hub.add(new ModelPackage(mnistManifest("mnist"), MODELS));

        assertThatThrownBy(() -> hub.add(new ModelPackage(mnistManifest("mnist"), MODELS)))
                .isInstanceOf(HubException.class).hasMessageContaining("'mnist'");
    }

    @Test
    void add_emptyOnnx_throwsNamingFile_hubUnchanged() throws IOException {
        hub.add(new ModelPackage(mnistManifest("mnist"), MODELS));
        List<String> before = hubChildren();
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.createFile(src.resolve("empty.onnx"));
        ModelManifest m = mnistManifest("empty").toBuilder()
                .setFiles(List.of(ModelFile.of(ModelFile.MODEL, "empty.onnx"))).build();

        assertThatThrownBy(() -> hub.add(new ModelPackage(m, src))).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("empty.onnx").hasMessageContaining("'empty'");

        assertThat(hubChildren()).isEqualTo(before);
        assertThat(hub.list()).extracting(HubEntry::id).containsExactly("mnist");
    }

    @Test
    void add_wrongOutputShape_throwsExpectedVsActual_hubUnchanged() throws IOException {
        List<String> before = Files.exists(hubDir) ? hubChildren() : List.of();
        Path src = Files.createDirectories(tmp.resolve("src"));
        TinyOnnx.linear(src.resolve("mnist.onnx"), 1, 28, 12);

        assertThatThrownBy(() -> hub.add(new ModelPackage(mnistManifest("twelve"), src)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("[-1, 12]").hasMessageContaining("[N, 10]");

        assertThat(hubChildren()).isEqualTo(before);
        assertThat(hub.list()).isEmpty();
    }
}
