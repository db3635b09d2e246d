package io.mll4j.graph;

import io.mll4j.exception.DataException;
import io.mll4j.progress.Progress;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeImageScannerTest {
    @TempDir
    Path home;

    private DatasetSynsets table() throws Exception {
        Path json = home.resolve("table.json");
        Files.writeString(json, """
                {"toys": {"teddy": {"synset": "n04399382", "lemma": "teddy"},
                          "jersey": {"synset": "n03595614", "lemma": "jersey"}}}""");
        return DatasetSynsets.read(json);
    }

    private Path file(String relative, String content) throws Exception {
        Path p = home.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void scan_bothSources_mapsFilesToSynsetsAndMergesSharedOnes() throws Exception {
        file("imagenet-sample/n03595614_jersey.JPEG", "a");
        file("imagenet-sample/n04399382_teddy.JPEG", "b");
        Path png = file("node-split/toys/jersey/0001.png", "c");
        file("node-split/toys/jersey/.0002.png.tmp", "partial");
        file("node-split/toys/jersey/notes.txt", "not an image");

        Map<String, List<NodeImage>> found = new NodeImageScanner(home, table()).scan(Progress.NONE);

        assertThat(found).containsOnlyKeys("n03595614", "n04399382");
        assertThat(found.get("n03595614")).containsExactly(
                new NodeImage("imagenet-sample/n03595614_jersey.JPEG", Hashes.sha256("a".getBytes()), "imagenet-sample"),
                new NodeImage("node-split/toys/jersey/0001.png", Hashes.sha256(png), "node-split/toys/jersey"));
    }

    @Test
    void scan_classMissingFromTable_throwsNamingDatasetAndClass() throws Exception {
        file("node-split/toys/robot/0001.jpg", "x");

        assertThatThrownBy(() -> new NodeImageScanner(home, table()).scan(Progress.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("robot").hasMessageContaining("toys");
    }

    @Test
    void scan_noSources_tellsToRunDataSetup() throws Exception {
        assertThatThrownBy(() -> new NodeImageScanner(home, table()).scan(Progress.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("mll data setup");
    }

    @Test
    void bundled_table_coversTheThreeDatasetsWithTenClassesEach() {
        DatasetSynsets table = DatasetSynsets.bundled();

        assertThat(table.datasets()).containsExactly("cifar10", "fashion-mnist", "mnist");
        table.datasets().forEach(d -> assertThat(table.classes(d)).as(d).hasSize(10));
        assertThat(table.synset("cifar10", "automobile")).isEqualTo("n02958343");
    }
}
