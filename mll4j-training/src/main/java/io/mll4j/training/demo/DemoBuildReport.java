package io.mll4j.training.demo;

import io.mll4j.hub.ModelManifest;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link DemoHubBuilder} run did.
 *
 * @param outcomes one per recipe, in build order
 * @param seconds  wall-clock seconds of the whole run
 */
public record DemoBuildReport(List<Outcome> outcomes, double seconds) {
    public DemoBuildReport {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One recipe's outcome.
     *
     * @param id           model id
     * @param built        {@code false} when skipped as up to date
     * @param buildSeconds seconds to train/copy and export ({@code 0} when skipped)
     * @param seconds      seconds including general score and admission ({@code 0} when skipped)
     * @param manifest     the admitted manifest
     */
    public record Outcome(String id, boolean built, double buildSeconds, double seconds, ModelManifest manifest) {
        static Outcome built(ModelManifest manifest, double buildSeconds, double seconds) {
            return new Outcome(manifest.id(), true, buildSeconds, seconds, manifest);
        }

        static Outcome skipped(ModelManifest manifest) {
            return new Outcome(manifest.id(), false, 0, 0, manifest);
        }

        /** One line: time, general score, parameters, size, ms/image. */
        public String describe() {
            var cost = manifest.costProfile();
            return String.format(Locale.ROOT, "%s in %.1f s (%.1f s training/export), general score %.3f, %s params,"
                            + " %d bytes, %s ms/image", built ? "built" : "skipped", seconds, buildSeconds,
                    manifest.generalScore() == null ? Double.NaN : manifest.generalScore(),
                    cost == null || cost.params() == null ? "?" : cost.params().toString(),
                    cost == null ? manifest.totalBytes() : cost.fileBytes(),
                    cost == null || cost.msPerImage() == null ? "?" : String.format(Locale.ROOT, "%.3f", cost.msPerImage()));
        }
    }
}
