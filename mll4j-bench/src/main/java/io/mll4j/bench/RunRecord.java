package io.mll4j.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One run's JSON file: the key, the fingerprint of everything the result depends on (a file whose fingerprint no
 * longer matches is stale and rerun), the scores, what was selected and what it costs, and the provenance.
 *
 * @param kind        {@value #KIND}
 * @param key         task, method, k, α
 * @param fingerprint sha256 of the inputs (see {@link BenchRunner})
 * @param upperBound  whether the method read test labels
 * @param metrics     accuracy
 * @param selection   class → models
 * @param models      distinct models run
 * @param msPerImage  their summed ms/image
 * @param costRatio   msPerImage over the mean ms/image of one candidate VLM (how many models' worth of compute)
 * @param details     method-specific facts
 * @param provenance  where the result comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRecord(String kind, RunKey key, String fingerprint, boolean upperBound, Metrics metrics,
                        Map<String, List<String>> selection, List<String> models, double msPerImage, Double costRatio,
                        Map<String, Object> details, Provenance provenance) {
    public static final String KIND = "run";

    /**
     * Where a result comes from.
     *
     * @param createdAt    ISO-8601 time
     * @param version      mll4j version
     * @param seconds      time the method took (outputs were cached before)
     * @param graphVersion graph the labels were made on
     * @param hub          the candidate models with their fingerprints
     * @param suiteFile    the task suite file
     * @param task         the task as defined
     * @param perClass     images per class scored
     * @param seed         base seed
     */
    public record Provenance(String createdAt, String version, double seconds, String graphVersion,
                             List<HubModel> hub, String suiteFile, BenchTask task, int perClass, long seed) {
    }

    /** A hub model as the run saw it. */
    public record HubModel(String id, String fingerprint, Double generalScore, Double msPerImage) {
        public static HubModel of(ModelInfo m) {
            return new HubModel(m.id(), m.fingerprint(), m.generalScore(), m.msPerImage());
        }
    }
}
