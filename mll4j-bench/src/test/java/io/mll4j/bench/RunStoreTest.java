package io.mll4j.bench;

import io.mll4j.bench.method.AllModelsMethod;
import io.mll4j.bench.method.InbMethod;
import io.mll4j.bench.method.MllMethod;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreTest {
    @TempDir
    Path dir;

    @Test
    void fileName_keepsOnlyTheParametersTheMethodUses() {
        RunParams p = new RunParams(3, 0.7, 1);
        assertThat(RunKey.of("cifar10", new MllMethod(MethodVariant.PAPER), p).fileName())
                .isEqualTo("cifar10.mll-paper.k3.a0.70.json");
        assertThat(RunKey.of("cifar10", new InbMethod(Prompt.PHOTO), p).fileName()).isEqualTo("cifar10.inb.k3.json");
        assertThat(RunKey.of("cifar10", new AllModelsMethod(Prompt.PHOTO), p).fileName())
                .isEqualTo("cifar10.all-models.json");
        assertThat(RunKey.of("t", new MllMethod(MethodVariant.CODE), new RunParams(1, 0.55, 1)).fileName())
                .isEqualTo("t.mll-code.k1.a0.55.json");
    }

    static RunRecord record(String task, String method, Integer k, Double alpha, double top1, String fingerprint,
                            boolean upperBound) {
        return new RunRecord(RunRecord.KIND, new RunKey(task, method, k, alpha), fingerprint, upperBound,
                new Metrics(10, top1, null, Map.of(), null), Map.of("x", List.of("m")), List.of("m"), 1.5, 1.0, Map.of(),
                null);
    }

    @Test
    void isDone_onlyForTheSameFingerprint() {
        RunStore store = new RunStore(dir);
        RunRecord r = record("t", "inb", 1, null, 0.5, "abc", false);
        assertThat(store.isDone(r.key(), "abc")).isFalse();
        store.write(r);
        assertThat(dir.resolve("t.inb.k1.json")).exists();
        assertThat(store.isDone(r.key(), "abc")).isTrue();
        assertThat(store.isDone(r.key(), "changed")).isFalse();
        assertThat(store.isDone(new RunKey("t", "inb", 3, null), "abc")).isFalse();
    }

    @Test
    void isDone_unreadableFile_isRedone() throws IOException {
        RunStore store = new RunStore(dir);
        Files.writeString(dir.resolve("t.inb.k1.json"), "{ truncated");
        assertThat(store.isDone(new RunKey("t", "inb", 1, null), "abc")).isFalse();
    }

    @Test
    void runs_readBackEveryRecord_andIgnoreOtherKinds() {
        RunStore store = new RunStore(dir);
        store.write(record("t", "inb", 1, null, 0.5, "a", false));
        store.write(record("t", "mll-paper", 1, 0.7, 0.75, "b", false));
        store.write(new GrowthRecord(GrowthRecord.KIND, "t", "g", 1, List.of(List.of("m")), new double[][]{{0.5}},
                new double[][]{{0.4}}));
        assertThat(store.runs()).extracting(r -> r.key().fileName())
                .containsExactly("t.inb.k1.json", "t.mll-paper.k1.a0.70.json");
        assertThat(store.runs().get(1).metrics().top1()).isEqualTo(0.75);
        assertThat(store.growth()).hasSize(1);
    }
}
