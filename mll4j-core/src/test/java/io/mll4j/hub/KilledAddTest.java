package io.mll4j.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer process killed mid-add (SIGKILL) leaves only a hidden staging folder, which the next write cleans. */
class KilledAddTest {
    @TempDir
    Path tmp;

    /** Child process: starts an add whose checker signals, then hangs until killed. */
    public static void main(String[] args) throws Exception {
        Path hubDir = Path.of(args[0]);
        Path source = Path.of(args[1]);
        Path marker = Path.of(args[2]);
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).optChecker((m, d) -> {
            try {
                Files.createFile(marker);
                Thread.sleep(TimeUnit.MINUTES.toMillis(2));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return CheckResult.UNMEASURED;
        }).build()) {
            hub.add(new ModelPackage(ModelManifestTest.expert("killed"), source));
        }
    }

    @Test
    void add_processKilledDuringCheck_leavesHubUsable() throws Exception {
        Path hubDir = tmp.resolve("hub");
        Path source = Files.createDirectories(tmp.resolve("src"));
        Files.write(source.resolve("model.onnx"), new byte[]{1, 2, 3});
        Path marker = tmp.resolve("checking");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledAddTest.class.getName(),
                hubDir.toString(), source.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(marker).as("child log: %s", Files.readString(tmp.resolve("child.log"))).exists();
        } finally {
            child.destroyForcibly().waitFor();
        }

        assertThat(children(hubDir)).anyMatch(n -> n.startsWith(".staging-"));
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).build()) {
            assertThat(hub.list()).isEmpty();
            assertThat(hub.contains("killed")).isFalse();

            hub.add(new ModelPackage(ModelManifestTest.expert("killed"), source));

            assertThat(children(hubDir)).containsExactlyInAnyOrder(".lock", "killed");
        }
    }

    private static List<String> children(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
