package io.mll4j.combine;

import io.mll4j.expert.ExpertLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.label.LabelKey;

import java.util.Objects;

/**
 * A hub expert with its stored label: what CHCO chooses among.
 *
 * @param entry the hub entry (head labels with their synsets, cost)
 * @param key   the label's key
 * @param label the softmax over its head on every graph image
 */
public record LabeledExpert(HubEntry entry, LabelKey key, ExpertLabel label) {
    public LabeledExpert {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    public String id() {
        return entry.id();
    }
}
