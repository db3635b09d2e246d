package io.mll4j.server;

import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ChcoSelector;
import io.mll4j.combine.LabeledExpert;
import io.mll4j.exception.TaskException;
import io.mll4j.expert.UncoveredClassException;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.LabelKey;
import io.mll4j.match.TaskMatching;
import io.mll4j.select.LabeledModel;
import io.mll4j.task.ClassResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper-A selection for the server: the library's {@link ChcoSelector} over the hub's labeled experts (CHCO) and
 * labeled VLMs (the patch), with labels kept in memory ({@link HubLabels}) and the patch candidates' text towers
 * leased from the server's {@link ModelPool}. As for paper B, a model not labeled yet is left out and named; a
 * class that no head covers and no VLM can patch is refused (422) rather than guessed.
 */
final class ChcoService {
    private final ModelHub hub;
    private final HubLabels labels;
    private final ClassResolver resolver;
    private final ModelPool pool;

    /**
     * A CHCO selection and what it left out.
     *
     * @param report    the library's report (its combination is what predictions run)
     * @param unlabeled experts and VLMs of the hub left out because they have no label on this graph
     */
    record ChcoSelection(ChcoReport report, List<String> unlabeled) implements TaskResult {
        @Override
        public List<String> models() {
            return report.headIds();
        }
    }

    ChcoService(ModelHub hub, HubLabels labels, ClassResolver resolver, ModelPool pool) {
        this.hub = hub;
        this.labels = labels;
        this.resolver = resolver;
        this.pool = pool;
    }

    ChcoSelection select(TaskRequest r) {
        SelectionService.requirePinsInGraph(r, labels.graph());
        ChcoSettings c = r.chco();
        List<String> unlabeled = new ArrayList<>();
        List<LabeledExpert> experts = labels.candidates(ModelKind.EXPERT, c.experts(), "experts",
                "CHCO chooses among experts (VLMs only patch: list them in 'models')", labels::expert, unlabeled,
                "expert softmax label");
        List<LabeledModel> vlms = !c.patch() ? List.of() : labels.candidates(ModelKind.VLM, r.models(), "models",
                "'models' lists the VLMs that may patch (experts go in 'experts')", e -> labels.vlm(e, r.nodeText()),
                unlabeled, "node text '" + LabelKey.variantId(r.nodeText()) + "'");
        ChcoSelector selector = ChcoSelector.builder().setGraph(labels.graph()).setHub(hub)
                .setLabelStore(labels.store()).setResolver(resolver)
                .setEmbedder(SelectionService.embedder(pool, r.textEncoder())).setOpener(pool)
                .optVariant(r.variant()).optPatchSelection(r.config()).optPrompt(r.prompt())
                .optClassText(r.classText()).optMinSimilarity(r.minSimilarity()).optConfig(c.config())
                .optBudget(c.budget()).optPolicy(c.policy()).optMethod(c.search()).optPatch(c.patch())
                .optAllowUnmatched(r.allowUncovered()).build();
        ChcoReport report;
        // the patch candidates' text towers embed the class texts
        try (ModelPool.Lease ignored = pool.lease(vlms.stream().map(LabeledModel::entry).toList())) {
            TaskMatching matching = selector.match(r.task());
            report = selector.select(r.task(), matching, experts, vlms);
        } catch (TaskException e) {
            throw new ApiException(422, "classes", e.getMessage(), e);
        }
        try {
            report.requireComplete();
        } catch (UncoveredClassException e) {
            // the library's advice names the CLI switch; a request pins with the "pins" field
            String message = e.getMessage().replace("(--pin CLASS=WNID)", "(\"pins\": {\"CLASS\": \"WNID\"})");
            throw new ApiException(422, "classes", message + (unlabeled.isEmpty() ? ""
                    : " (not labeled yet, so left out: " + String.join(", ", unlabeled) + ")"), e);
        }
        return new ChcoSelection(report, List.copyOf(unlabeled));
    }
}
