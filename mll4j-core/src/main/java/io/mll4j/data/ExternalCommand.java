package io.mll4j.data;

import io.mll4j.exception.DataException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the package tools ({@code npm}, {@code apt-get}) that install external sources; failures name the source. */
final class ExternalCommand {
    private final List<Path> searchPath;

    /** @param searchPath folders to look for tools in ({@code PATH} by default) */
    ExternalCommand(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    static List<Path> systemPath() {
        String path = System.getenv("PATH");
        List<Path> dirs = new ArrayList<>();
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        return dirs;
    }

    /** The tool's executable, if on the search path. */
    Optional<Path> find(String tool) {
        return searchPath.stream().map(d -> d.resolve(tool)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Runs {@code tool args...} in {@code workDir}; returns its output (stdout and stderr).
     *
     * @param source the source being installed, named in every error
     */
    String run(String source, Path workDir, Duration timeout, Map<String, String> env, String tool, String... args) {
        Path exe = find(tool).orElseThrow(() -> new DataException(source + ": needs the `" + tool
                + "` command, which is not on PATH; install it and run `mll data setup` again"));
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(List.of(args));
        String shown = tool + " " + String.join(" ", args);
        Path log = null;
        try {
            log = Files.createTempFile("mll4j-cmd", ".log");
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new DataException(source + ": `" + shown + "` did not finish within " + timeout.toMinutes() + " min");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new DataException(source + ": `" + shown + "` failed with exit code " + p.exitValue() + ": "
                        + tail(output));
            }
            return output;
        } catch (IOException e) {
            throw new DataException(source + ": cannot run `" + shown + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException(source + ": interrupted while running `" + shown + "`", e);
        } finally {
            if (log != null) {
                log.toFile().delete();
            }
        }
    }

    /** The last lines of a tool's output: enough to see why it failed. */
    private static String tail(String output) {
        String[] lines = output.strip().split("\n");
        int from = Math.max(0, lines.length - 6);
        return String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
