package io.mll4j.combine;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.expert.Budget;
import io.mll4j.expert.CombinationConfig;
import io.mll4j.expert.PatchPolicy;
import io.mll4j.expert.SearchMethod;
import io.mll4j.expert.SearchStep;
import io.mll4j.label.LabelKey;
import io.mll4j.match.MatchSettings;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.SelectionConfig;
import io.mll4j.select.SelectionReport.Cost;
import io.mll4j.select.SelectionReport.NodeMatch;
import io.mll4j.task.Task;

import java.util.List;

/**
 * Everything paper A's selection decided for a task and why: per class its node, the hub heads covering it and how
 * well each alone is estimated to do, which chosen heads speak for it, whether it went to the patch and why, and the
 * estimated accuracy of the final fusion (with the measured one when a labeled test set was given); the chosen heads,
 * the CHCO search, the patch, the cost, the deployable combination and the provenance. Written as JSON and Markdown by
 * {@link ChcoFiles}; {@code mll predict} runs its {@link #combination()}.
 *
 * @param task        the task
 * @param classes     per class, in task order
 * @param heads       the chosen heads: experts (CHCO, hub order) then the patch VLM
 * @param search      what CHCO did
 * @param patch       the patch (the VLM may be absent)
 * @param estimate    estimated accuracy on the node evidence: experts alone and the final fusion
 * @param measured    accuracy measured on a labeled test set, or {@code null}
 * @param uncovered   classes no chosen head covers and no VLM can patch (selection fails when there are any)
 * @param cost        cost of the chosen heads (sums of the manifests' measurements)
 * @param combination the fusion to deploy
 * @param provenance  what the selection was made from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChcoReport(Task task, List<ClassReport> classes, List<HeadReport> heads, Search search, Patch patch,
                         Estimate estimate, Measurement measured, List<String> uncovered, Cost cost,
                         CombinationSpec combination, Provenance provenance) {

    public ChcoReport {
        classes = List.copyOf(classes);
        heads = List.copyOf(heads);
        uncovered = List.copyOf(uncovered);
    }

    /** Why a class is decided the way it is. */
    public enum Route {
        /** Chosen experts cover it and are estimated at or above τ. */
        EXPERTS,
        /**
         * No head covers it at or below its node and no patch took it, so chosen experts answer for it with a label
         * a few edges above it, the only task class below that label ({@code CombinationConfig#generalize}).
         */
        EXPERTS_GENERALISED,
        /** No chosen expert covers it: the patch VLM takes it. */
        PATCH_UNCOVERED,
        /** Chosen experts cover it but are estimated below τ: the patch VLM helps. */
        PATCH_BELOW_TAU,
        /** Nothing covers it and no VLM can patch it. */
        UNCOVERED
    }

    /**
     * One class.
     *
     * @param name        class name
     * @param node        the graph node it was matched to (its images are the class's evidence)
     * @param evidence    evidence images and their total weight (γ^distance)
     * @param coveredBy   every hub head covering it (label synset at or below the node) with its estimated accuracy
     *                    on the class when used alone, best first; chosen heads are marked
     * @param route       experts, patch (and why), or uncovered
     * @param experts     estimated accuracy on the class of the chosen experts alone (NaN: no evidence)
     * @param estimated   estimated accuracy on the class of the final fusion (NaN: no evidence)
     * @param patchScore  the patch VLM's paper-B reuse score r for the class, or {@code null} without a patch VLM
     * @param measured    accuracy measured on the test set's images of this class, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClassReport(String name, NodeMatch node, double evidence, List<Coverer> coveredBy, Route route,
                              double experts, double estimated, Double patchScore, Double measured) {
        public ClassReport {
            coveredBy = List.copyOf(coveredBy);
        }

        ClassReport withMeasured(Double value) {
            return new ClassReport(name, node, evidence, coveredBy, route, experts, estimated, patchScore, value);
        }
    }

    /**
     * A head covering a class.
     *
     * @param head     hub id
     * @param alone    its estimated accuracy on the class when used alone
     * @param chosen   whether it is in the combination
     */
    public record Coverer(String head, double alone, boolean chosen) {
    }

    /**
     * A chosen head.
     *
     * @param id         hub id
     * @param role       {@code expert} or {@code patch}
     * @param covers     task classes it covers, in task order
     * @param alone      its estimated accuracy on the task when used alone
     * @param msPerImage its measured cost, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeadReport(String id, String role, List<String> covers, double alone, Double msPerImage) {
        public HeadReport {
            covers = List.copyOf(covers);
        }
    }

    /**
     * The CHCO search.
     *
     * @param method     EXACT or GREEDY (as run)
     * @param budget     the expert budget
     * @param candidates experts considered
     * @param evaluated  head sets scored
     * @param trace      the search's steps
     * @param skipped    experts left out before the search, with the reason
     */
    public record Search(SearchMethod method, Budget budget, int candidates, long evaluated, List<SearchStep> trace,
                         List<String> skipped) {
        public Search {
            trace = List.copyOf(trace);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The patch.
     *
     * @param vlm        hub id of the patch VLM, or {@code null} when none joins
     * @param classes    classes sent to it (uncovered by the chosen experts, or below τ), task order
     * @param candidates VLMs it was chosen from (hub order), each with its mean reuse score over those classes
     * @param enabled    whether the patch was allowed
     * @param declined   why the planned VLM was left out (it would not raise the estimate), or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Patch(String vlm, List<String> classes, List<Candidate> candidates, boolean enabled,
                        String declined) {
        public Patch {
            classes = List.copyOf(classes);
            candidates = List.copyOf(candidates);
        }
    }

    /** A patch candidate and its mean paper-B reuse score over the patch classes. */
    public record Candidate(String vlm, double meanReuseScore) {
    }

    /**
     * Estimated accuracies (macro means over classes with evidence, leave-one-out when configured).
     *
     * @param experts the chosen experts alone
     * @param fused   the final fusion (experts + patch)
     */
    public record Estimate(double experts, double fused) {
    }

    /**
     * Accuracy measured on labeled images.
     *
     * @param source   where the images come from (e.g. {@code cifar10:test, 100 per class})
     * @param images   images scored
     * @param accuracy macro mean of the per-class accuracies (as the estimate)
     * @param micro    fraction of all images right
     */
    public record Measurement(String source, int images, double accuracy, double micro) {
    }

    /**
     * Where the selection comes from.
     *
     * @param graphVersion   version of the graph
     * @param graphNodes     its node count
     * @param labels         the label of every head considered
     * @param config         the combination settings
     * @param policy         the patch policy
     * @param patchSelection the paper-B switches used to score patch VLMs
     * @param matching       how classes were matched to nodes
     * @param prompt         the class text VLM heads compare images with
     * @param createdAt      ISO-8601 time
     * @param version        mll4j version
     */
    public record Provenance(String graphVersion, int graphNodes, List<LabelKey> labels, CombinationConfig config,
                             PatchPolicy policy, SelectionConfig patchSelection, MatchSettings matching, Prompt prompt,
                             String createdAt, String version) {
        public Provenance {
            labels = List.copyOf(labels);
        }
    }

    /** This report with measured accuracies (overall and per class, {@code null} where not measured). */
    public ChcoReport withMeasurement(Measurement value, List<Double> perClass) {
        if (perClass.size() != classes.size()) {
            throw new IllegalArgumentException(perClass.size() + " measured classes for " + classes.size());
        }
        List<ClassReport> measuredClasses = new java.util.ArrayList<>();
        for (int y = 0; y < classes.size(); y++) {
            measuredClasses.add(classes.get(y).withMeasured(perClass.get(y)));
        }
        return new ChcoReport(task, measuredClasses, heads, search, patch, estimate, value, uncovered, cost,
                combination, provenance);
    }

    /**
     * Returns this report if every class is covered by a chosen head or the patch.
     *
     * @throws io.mll4j.expert.UncoveredClassException naming every class nothing covers
     */
    public ChcoReport requireComplete() {
        if (!uncovered.isEmpty()) {
            throw new io.mll4j.expert.UncoveredClassException(uncovered, (patch.vlm() != null
                    ? "no expert label maps to it or below it, and the patch VLM '" + patch.vlm()
                    + "' shows no knowledge of it (reuse score not above the minimum, or not above chance alone on"
                    + " its node's images)"
                    : "no expert label maps to it or below it, and " + (!patch.enabled() ? "the VLM patch is off"
                    : patch.declined() != null ? "the patch was declined: " + patch.declined()
                    : "no VLM of the hub has evidence for it"))
                    + "; if its graph node is the wrong sense, pin another (--pin CLASS=WNID), else add a model that "
                    + "knows it");
        }
        return this;
    }

    /** Ids of the chosen heads, experts first. */
    public List<String> headIds() {
        return heads.stream().map(HeadReport::id).toList();
    }
}
