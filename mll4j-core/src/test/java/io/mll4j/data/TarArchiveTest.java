package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TarArchiveTest {
    @TempDir
    Path dir;

    @Test
    void extractAll_nestedEntries_writesFilesWithContent() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("train/cat/0000.jpg", "meow".getBytes(StandardCharsets.UTF_8));
        entries.put("train/dog/0001.jpg", new byte[1000]);
        Path archive = dir.resolve("a.tar.gz");
        TestTar.write(archive, entries);
        int n = TarArchive.extractAll(archive, dir.resolve("out"));
        assertThat(n).isEqualTo(2);
        assertThat(dir.resolve("out/train/cat/0000.jpg")).hasContent("meow");
        assertThat(Files.size(dir.resolve("out/train/dog/0001.jpg"))).isEqualTo(1000);
    }

    @Test
    void extractAll_entryEscapingTarget_throwsNamingEntry() throws IOException {
        Path archive = dir.resolve("evil.tar.gz");
        TestTar.write(archive, Map.of("../escaped.txt", new byte[]{1}));
        assertThatThrownBy(() -> TarArchive.extractAll(archive, dir.resolve("out")))
                .isInstanceOf(DataException.class).hasMessageContaining("../escaped.txt");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void read_committedCifarTestArchive_listsTenThousandJpegs() {
        List<String> names = new ArrayList<>();
        TarArchive.read(RepoData.root().resolve("data/cifar10/test.tar.gz"), (name, size, content) -> names.add(name));
        assertThat(names).hasSize(10_000).allMatch(n -> n.matches("test/[a-z]+/\\d{4}\\.jpg")).isSorted();
    }

    @Test
    void read_notGzip_throwsNamingArchive() throws IOException {
        Path archive = Files.writeString(dir.resolve("plain.tar.gz"), "not gzip");
        assertThatThrownBy(() -> TarArchive.read(archive, (name, size, content) -> { }))
                .isInstanceOf(DataException.class).hasMessageContaining(archive.toString());
    }
}
