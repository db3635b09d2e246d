package io.mll4j.bench;

import io.mll4j.exception.Mll4jException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputStoreTest {
    @TempDir
    Path dir;

    private static final ModelInfo MODEL = FixedContext.vlm("m", null, null);

    @Test
    void saveThenLoad_givesTheRowsBackByIndex_perModelFingerprintAndDataset() {
        OutputStore store = new OutputStore(dir);
        Map<Integer, float[]> rows = new TreeMap<>(Map.of(7, new float[]{1, 2}, 3, new float[]{-0.5f, 0}));
        store.save(MODEL, "cifar10", rows);
        Map<Integer, float[]> back = store.load(MODEL, "cifar10");
        assertThat(back.keySet()).containsExactly(3, 7);
        assertThat(back.get(7)).containsExactly(1, 2);
        assertThat(store.load(MODEL, "mnist")).isEmpty();
        ModelInfo retrained = new ModelInfo("m", MODEL.kind(), "0".repeat(64), null, null, null);
        assertThat(store.load(retrained, "cifar10")).as("another fingerprint is another model").isEmpty();
    }

    @Test
    void load_foreignFile_failsNamingItAndTheFix() throws IOException {
        OutputStore store = new OutputStore(dir);
        store.save(MODEL, "d", Map.of(0, new float[]{1}));
        try (var files = Files.walk(dir)) {
            Path file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
            Files.write(file, new byte[]{1, 2, 3});
            assertThatThrownBy(() -> store.load(MODEL, "d")).isInstanceOf(Mll4jException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("delete it");
        }
    }

    @Test
    void save_raggedRows_isRejected() {
        assertThatThrownBy(() -> new OutputStore(dir).save(MODEL, "d", new TreeMap<>(Map.of(0, new float[]{1},
                1, new float[]{1, 2})))).hasMessageContaining("ragged");
    }
}
