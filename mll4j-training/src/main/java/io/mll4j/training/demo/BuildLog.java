package io.mll4j.training.demo;

import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Timing of the last {@code mll hub build-demo} run, kept next to the hub ({@value #FILE}) for the report.
 *
 * @param finishedAt ISO-8601 end time
 * @param seconds    wall-clock seconds of the whole run
 * @param cores      processors the JVM saw
 * @param only       the {@code --only} selection, empty for a whole build
 * @param models     per recipe: built or skipped, and seconds
 */
public record BuildLog(String finishedAt, double seconds, int cores, List<String> only, List<Step> models) {
    public static final String FILE = "build-log.json";

    /**
     * One recipe of the run.
     *
     * @param id           model id
     * @param built        {@code false} when up to date
     * @param buildSeconds training/copy and export
     * @param seconds      including general score and admission
     */
    public record Step(String id, boolean built, double buildSeconds, double seconds) {
    }

    /** The log of a finished run. */
    public static BuildLog of(DemoBuildReport report, List<String> only) {
        return new BuildLog(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), report.seconds(),
                Runtime.getRuntime().availableProcessors(), List.copyOf(only), report.outcomes().stream()
                .map(o -> new Step(o.id(), o.built(), o.buildSeconds(), o.seconds())).toList());
    }

    public void write(Path hub) {
        Json.writeAtomically(hub.resolve(FILE), this);
    }

    /** The log in {@code hub}, if any. */
    public static Optional<BuildLog> read(Path hub) {
        Path file = hub.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(Json.read(file, BuildLog.class)) : Optional.empty();
    }
}
