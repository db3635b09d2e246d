package io.mll4j.select;

import io.mll4j.hub.HubEntry;
import io.mll4j.label.LabelKey;
import io.mll4j.label.NodeScores;

import java.util.Objects;

/**
 * A hub model with its stored label: what selection scores.
 *
 * @param entry the hub entry (manifest: cost, kind)
 * @param key   the label's key
 * @param label the label
 */
public record LabeledModel(HubEntry entry, LabelKey key, NodeScores label) {
    public LabeledModel {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    public String id() {
        return entry.id();
    }
}
