package io.mll4j.bench;

import io.mll4j.hub.CostProfile;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.label.LabelKey;
import io.mll4j.graph.NodeText;

/**
 * What the benchmark needs to know about a hub model.
 *
 * @param id           hub id
 * @param kind         VLM or expert
 * @param fingerprint  sha256 over what changes the model's outputs (files, preprocessing, text side): the cache key
 * @param generalScore accuracy on the disjoint REFERENCE split (the hub's ImageNet-accuracy analogue), or {@code null}
 * @param msPerImage   measured at admission, or {@code null}
 * @param textEncoder  a VLM's text encoder id, or {@code null}
 */
public record ModelInfo(String id, ModelKind kind, String fingerprint, Double generalScore, Double msPerImage,
                        String textEncoder) {

    public static ModelInfo of(HubEntry entry) {
        CostProfile cost = entry.manifest().costProfile();
        // the label key's model hash covers exactly what changes outputs; the graph part is irrelevant here
        String fingerprint = LabelKey.of(entry.manifest(), "-", NodeText.GLOSS).modelSha256();
        return new ModelInfo(entry.id(), entry.manifest().kind(), fingerprint, entry.manifest().generalScore(),
                cost == null ? null : cost.msPerImage(), entry.manifest().textEncoder());
    }

    /** General score with 0 for a model that has none (ranks last). */
    public double generalScoreOrZero() {
        return generalScore == null ? 0 : generalScore;
    }

    /** ms/image with 0 for an unmeasured model. */
    public double msOrZero() {
        return msPerImage == null ? 0 : msPerImage;
    }
}
