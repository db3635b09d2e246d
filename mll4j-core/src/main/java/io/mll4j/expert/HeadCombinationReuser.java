package io.mll4j.expert;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paper A's reuse: each chosen head (experts and the VLM patch) runs once per image, and the naive-Bayes fusion of
 * their confusions classifies it, with per-head log-likelihood contributions for explanations. The same fusion
 * serves VLM-only hubs (a combination of VLM heads), as an alternative to paper B's entropy weighting.
 * Refuses to build when a class is covered by no head, unless told to allow it.
 */
public final class HeadCombinationReuser {
    private final HeadCombination combination;
    private final List<HeadRunner> runners;

    private HeadCombinationReuser(HeadCombination combination, List<HeadRunner> runners) {
        this.combination = combination;
        this.runners = runners;
    }

    public static Builder builder() {
        return new Builder();
    }

    public HeadCombination combination() {
        return combination;
    }

    /** Classifies images: every head runs once on the batch. */
    public List<FusedPrediction> predict(List<BufferedImage> images) {
        List<double[][]> outputs = new ArrayList<>(runners.size());
        for (HeadRunner runner : runners) {
            double[][] p = runner.probabilities(images);
            if (p.length != images.size()) {
                throw new io.mll4j.exception.InferenceException("head '" + runner.id() + "' returned " + p.length
                        + " outputs for " + images.size() + " images");
            }
            outputs.add(p);
        }
        List<FusedPrediction> predictions = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            int image = i;
            predictions.add(combination.predict(outputs.stream().map(o -> o[image]).toList()));
        }
        return predictions;
    }

    /** Builder: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private HeadCombination combination;
        private List<HeadRunner> runners;
        private boolean allowUncovered;

        private Builder() {
        }

        /** The fused heads (from {@link CombinationEvaluator#combination} or an {@link ExpertSelection}). */
        public Builder setCombination(HeadCombination value) {
            this.combination = value;
            return this;
        }

        /** One runner per head of the combination, matched by id (any order). */
        public Builder setRunners(List<HeadRunner> value) {
            this.runners = List.copyOf(value);
            return this;
        }

        /** Predict even when some class is covered by no head (it can then only win by exclusion). */
        public Builder optAllowUncovered(boolean value) {
            this.allowUncovered = value;
            return this;
        }

        /**
         * @throws UncoveredClassException when a class is covered by no head and uncovered classes are not allowed
         * @throws IllegalArgumentException when a head has no runner
         */
        public HeadCombinationReuser build() {
            Objects.requireNonNull(combination, "combination is required (setCombination)");
            Objects.requireNonNull(runners, "runners are required (setRunners)");
            List<Integer> uncovered = combination.uncoveredClasses();
            if (!allowUncovered && !uncovered.isEmpty()) {
                throw new UncoveredClassException(uncovered.stream().map(combination.task()::name).toList(),
                        "no head of the combination " + combination.ids() + " covers it");
            }
            Map<String, HeadRunner> byId = new HashMap<>();
            runners.forEach(r -> byId.put(r.id(), r));
            List<HeadRunner> ordered = new ArrayList<>();
            for (String id : combination.ids()) {
                HeadRunner r = byId.get(id);
                if (r == null) {
                    throw new IllegalArgumentException("no runner for head '" + id + "' (runners: " + byId.keySet() + ")");
                }
                ordered.add(r);
            }
            return new HeadCombinationReuser(combination, ordered);
        }
    }
}
