package io.mll4j.model;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachedTextEmbedderTest {
    @TempDir
    Path dir;

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger jul = Logger.getLogger(EmbeddingCacheFiles.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        jul.addHandler(capture);
        jul.setUseParentHandlers(false); // expected warnings need not clutter the build log
    }

    @AfterEach
    void releaseWarnings() {
        jul.removeHandler(capture);
        jul.setUseParentHandlers(true);
    }

    private CachedTextEmbedder onDisk(CountingTextEmbedder inner) {
        return CachedTextEmbedder.builder().setEmbedder(inner).optCacheDir(dir).build();
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("counting-v1"))) {
            return files.filter(p -> p.toString().endsWith(EmbeddingCacheFiles.SUFFIX)).sorted().toList();
        }
    }

    @Test
    void embed_sameTextsAgain_servedFromMemory() {
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        CachedTextEmbedder cached = CachedTextEmbedder.builder().setEmbedder(inner).build();
        float[][] first = cached.embed(List.of("tabby cat", "pickup truck", "tabby cat"));
        float[][] second = cached.embed(List.of("pickup truck", "tabby cat"));
        assertThat(inner.embedded.get()).isEqualTo(2); // the duplicate within the first call is embedded once
        assertThat(first[0]).containsExactly(inner.vector("tabby cat"));
        assertThat(first[2]).containsExactly(first[0]);
        assertThat(second[0]).containsExactly(first[1]);
        assertThat(cached.size()).isEqualTo(2);
    }

    @Test
    void embed_returnedArrayModified_cacheUnchanged() {
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        CachedTextEmbedder cached = CachedTextEmbedder.builder().setEmbedder(inner).build();
        cached.embed(List.of("dog"))[0][0] = 42f;
        assertThat(cached.embed(List.of("dog"))[0]).containsExactly(inner.vector("dog"));
    }

    @Test
    void embed_newInstanceOnSameDir_servedFromDisk() {
        CountingTextEmbedder first = new CountingTextEmbedder("counting-v1", 8);
        onDisk(first).embed(List.of("tabby cat", "domestic cat", "", "中文 ünïcödé 🐱"));
        CountingTextEmbedder second = new CountingTextEmbedder("counting-v1", 8);
        float[][] again = onDisk(second).embed(List.of("中文 ünïcödé 🐱", "tabby cat", ""));
        assertThat(second.embedded.get()).isZero();
        assertThat(again[0]).containsExactly(second.vector("中文 ünïcödé 🐱"));
        assertThat(again[2]).containsExactly(second.vector(""));
    }

    @Test
    void embed_otherEmbedderId_doesNotShareEntries() {
        onDisk(new CountingTextEmbedder("counting-v1", 8)).embed(List.of("tabby cat"));
        CountingTextEmbedder other = new CountingTextEmbedder("counting-v2", 8);
        onDisk(other).embed(List.of("tabby cat"));
        assertThat(other.embedded.get()).isEqualTo(1);
    }

    @Test
    void build_corruptCacheFile_recomputesWithWarningAndRewritesIt() throws IOException {
        onDisk(new CountingTextEmbedder("counting-v1", 8)).embed(List.of("tabby cat", "dog"));
        Path file = cacheFiles().getFirst();
        Files.write(file, "not an embedding file".getBytes());
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        float[][] v = onDisk(inner).embed(List.of("tabby cat", "dog"));
        assertThat(inner.embedded.get()).isEqualTo(2);
        assertThat(v[1]).containsExactly(inner.vector("dog"));
        assertThat(warnings).singleElement().extracting(LogRecord::getMessage).asString()
                .contains(file.getFileName().toString()).contains("corrupt");
        CountingTextEmbedder third = new CountingTextEmbedder("counting-v1", 8);
        onDisk(third).embed(List.of("tabby cat", "dog"));
        assertThat(third.embedded.get()).isZero(); // the recomputed vectors were written again
        assertThat(warnings).hasSize(1);
    }

    @Test
    void build_truncatedCacheFile_recomputesOnlyItsTexts() throws IOException {
        CachedTextEmbedder writer = onDisk(new CountingTextEmbedder("counting-v1", 8));
        writer.embed(List.of("kept"));
        Path kept = cacheFiles().getFirst();
        writer.embed(List.of("lost"));
        Path lost = cacheFiles().stream().filter(p -> !p.equals(kept)).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(lost);
        Files.write(lost, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        onDisk(inner).embed(List.of("kept", "lost"));
        assertThat(inner.embedded.get()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void build_cacheFileOfOtherDimension_isIgnored() {
        onDisk(new CountingTextEmbedder("counting-v1", 8)).embed(List.of("tabby cat"));
        CountingTextEmbedder wider = new CountingTextEmbedder("counting-v1", 16);
        float[] v = onDisk(wider).embed(List.of("tabby cat"))[0];
        assertThat(v).hasSize(16);
        assertThat(wider.embedded.get()).isEqualTo(1);
    }

    @Test
    void build_manySmallCacheFiles_mergesThemIntoOne() throws IOException {
        CachedTextEmbedder writer = onDisk(new CountingTextEmbedder("counting-v1", 8));
        for (int i = 0; i < 40; i++) {
            writer.embed(List.of("text " + i));
        }
        assertThat(cacheFiles()).hasSize(40);
        onDisk(new CountingTextEmbedder("counting-v1", 8));
        assertThat(cacheFiles()).hasSize(1);
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        onDisk(inner).embed(List.of("text 0", "text 39"));
        assertThat(inner.embedded.get()).isZero();
    }

    @Test
    void build_withoutEmbedder_isRejected() {
        assertThatThrownBy(() -> CachedTextEmbedder.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embedder");
    }

    @Test
    void build_idUnfitForDirectoryName_isRejected() {
        var builder = CachedTextEmbedder.builder().setEmbedder(new CountingTextEmbedder("../escape", 8)).optCacheDir(dir);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../escape");
    }

    @Test
    void close_closesWrappedEmbedder() {
        CountingTextEmbedder inner = new CountingTextEmbedder("counting-v1", 8);
        CachedTextEmbedder.builder().setEmbedder(inner).build().close();
        assertThat(inner.closed.get()).isEqualTo(1);
    }
}
