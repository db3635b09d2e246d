package io.mll4j.hub;

import io.mll4j.exception.DataException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.ModelNotFoundException;
import io.mll4j.exception.UnknownSynsetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelHubTest {
    @TempDir
    Path tmp;
    Path hubDir;
    Path source;

    @BeforeEach
    void setUp() throws IOException {
        hubDir = tmp.resolve("hub");
        source = Files.createDirectories(tmp.resolve("src"));
        Files.write(source.resolve("model.onnx"), new byte[]{1, 2, 3, 4, 5});
    }

    private ModelHub hub(ModelChecker checker) {
        return ModelHub.builder().optDirectory(hubDir).optChecker(checker).build();
    }

    private ModelPackage pkg(String id) {
        return new ModelPackage(ModelManifestTest.expert(id), source);
    }

    private List<String> hubChildren() throws IOException {
        if (!Files.exists(hubDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(hubDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(HubLock.LOCK_FILE)).sorted().toList();
        }
    }

    @Test
    void add_thenGetListRemove_roundTrip() {
        try (ModelHub hub = hub((m, d) -> new CheckResult(42L, 1.5, Map.of("model.input", "x")))) {
            HubEntry added = hub.add(pkg("tiny"));

            assertThat(added.file(ModelFile.MODEL)).hasBinaryContent(new byte[]{1, 2, 3, 4, 5});
            ModelFile f = added.manifest().file(ModelFile.MODEL).orElseThrow();
            assertThat(f.bytes()).isEqualTo(5L);
            assertThat(f.sha256()).isEqualTo(io.mll4j.util.Hashes.sha256(new byte[]{1, 2, 3, 4, 5}));
            assertThat(added.manifest().costProfile()).isEqualTo(new CostProfile(42L, 5L, 1.5));
            assertThat(added.manifest().ioNames()).containsEntry("model.input", "x");
            assertThat(hub.get("tiny")).isEqualTo(added);
            assertThat(hub.list()).containsExactly(added);
            assertThat(hub.verify("tiny")).isEqualTo(added);

            hub.remove("tiny");

            assertThat(hub.list()).isEmpty();
            assertThat(hub.contains("tiny")).isFalse();
        }
    }

    @Test
    void add_duplicateId_throwsNamingIt() {
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            hub.add(pkg("dup"));

            assertThatThrownBy(() -> hub.add(pkg("dup"))).isInstanceOf(HubException.class).hasMessageContaining("'dup'");
            assertThat(hub.list()).hasSize(1);
        }
    }

    @Test
    void add_checkerRejects_hubUnchanged() throws IOException {
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            hub.add(pkg("kept"));
        }
        List<String> before = hubChildren();
        try (ModelHub hub = hub((m, d) -> {
            throw new ModelLoadException("model.onnx: output shape [1, 3], expected [N, 2]");
        })) {
            assertThatThrownBy(() -> hub.add(pkg("rejected"))).isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining("'rejected'").hasMessageContaining("expected [N, 2]");
        }
        assertThat(hubChildren()).isEqualTo(before).containsExactly("kept");
    }

    @Test
    void add_unknownSynset_throwsNamingIdAndSynset_hubUnchanged() throws IOException {
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir)
                .optSynsetValidator(Set.of("n13742358")::contains).build()) {
            assertThatThrownBy(() -> hub.add(pkg("digits"))).isInstanceOf(UnknownSynsetException.class)
                    .hasMessageContaining("'digits'").hasMessageContaining("n13742573");
            assertThat(hubChildren()).isEmpty();
        }
    }

    @Test
    void add_missingSourceFile_throwsNamingFile_hubUnchanged() throws IOException {
        Files.delete(source.resolve("model.onnx"));
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            assertThatThrownBy(() -> hub.add(pkg("gone"))).isInstanceOf(HubException.class)
                    .hasMessageContaining("model.onnx");
            assertThat(hubChildren()).isEmpty();
        }
    }

    @Test
    void add_declaredDigestMismatch_throwsDataException() throws IOException {
        ModelManifest m = ModelManifestTest.expert("sha").toBuilder()
                .setFiles(List.of(new ModelFile(ModelFile.MODEL, "model.onnx", null, "0".repeat(64)))).build();
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            assertThatThrownBy(() -> hub.add(new ModelPackage(m, source))).isInstanceOf(DataException.class)
                    .hasMessageContaining("0".repeat(64));
            assertThat(hubChildren()).isEmpty();
        }
    }

    @Test
    void list_leftoverStagingFromKilledAdd_isIgnoredAndCleanedOnNextWrite() throws IOException {
        Path leftover = Files.createDirectories(hubDir.resolve(".staging-killed"));
        Files.write(leftover.resolve("model.onnx"), new byte[]{9});
        Files.writeString(leftover.resolve(ModelHub.ENTRY_FILE), "{\"id\":\"half\"");
        Files.createDirectories(hubDir.resolve(".trash-old-1"));
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            assertThat(hub.list()).isEmpty();

            hub.add(pkg("next"));

            assertThat(hubChildren()).containsExactly("next");
        }
    }

    @Test
    void get_unknownId_namesItAndSuggestsNearest() {
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            hub.add(pkg("mnist"));
            hub.add(pkg("resnet18"));

            assertThatThrownBy(() -> hub.get("mnst")).isInstanceOf(ModelNotFoundException.class)
                    .hasMessageContaining("'mnst'").hasMessageContaining("nearest: mnist")
                    .hasMessageNotContaining("resnet18");
        }
    }

    @Test
    void verify_tamperedFile_throwsNamingIt() throws IOException {
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            HubEntry e = hub.add(pkg("t"));
            Files.write(e.file(ModelFile.MODEL), new byte[]{7});

            assertThatThrownBy(() -> hub.verify("t")).isInstanceOf(DataException.class).hasMessageContaining("model.onnx");
        }
    }

    @Test
    void remove_unknownId_throwsNotFound() {
        try (ModelHub hub = hub(ModelChecker.NONE)) {
            assertThatThrownBy(() -> hub.remove("nope")).isInstanceOf(ModelNotFoundException.class)
                    .hasMessageContaining("'nope'");
        }
    }

    @Test
    void close_thenUse_throwsIllegalState() {
        ModelHub hub = hub(ModelChecker.NONE);
        hub.close();
        hub.close();

        assertThatThrownBy(hub::list).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fromManifestFile_invalidJson_namesFileAndField() throws IOException {
        Path bad = source.resolve("entry.json");
        Files.writeString(bad, "{\"id\":\"Bad Id\",\"kind\":\"EXPERT\"}");

        assertThatThrownBy(() -> ModelPackage.fromManifestFile(bad)).isInstanceOf(HubException.class)
                .hasMessageContaining("entry.json").hasMessageContaining("'Bad Id'");
    }
}
