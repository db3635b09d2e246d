package io.mll4j.match;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Default uncovered-class thresholds (best-match similarity, 100·cos) per bundled text embedder, measured on the
 * 1,878-node graph built from the ImageNet sample and the CIFAR-10/Fashion-MNIST/MNIST node splits. Each embedder
 * has its own similarity scale, and class texts written as WordNet node texts score higher than prompts or caption
 * means, hence two values. Measurements (best similarity of a class):
 * <ul>
 * <li>all-minilm-l6-v2-q: ImageNet names (all graph nodes) as WordNet texts ≥ 61.5, as prompts 1st percentile 43.1;
 *     CIFAR-100 "boy", "cloud", "forest" 34–45; FER2013, DTD, RESISC45 captions mostly 30–45 while CIFAR-100/STL-10
 *     captions of covered classes score 47–77. Thresholds 50 / 40.</li>
 * <li>bge-small-en-v1.5-q: ImageNet ≥ 71.5 / p1 68.1; off-graph CIFAR-100 classes 58–72. Thresholds 70 / 66.</li>
 * <li>e5-small-v2-q: ImageNet ≥ 87.3 / p1 83.6; off-graph CIFAR-100 classes 79–88: it separates them worst.
 *     Thresholds 86 / 83.</li>
 * </ul>
 * Other embedders have no default: the caller must give a threshold.
 */
public final class CoverageThresholds {
    private record Pair(double wordNet, double text) {
    }

    private static final Map<String, Pair> DEFAULTS = Map.of(
            "all-minilm-l6-v2-q", new Pair(50, 40),
            "bge-small-en-v1.5-q", new Pair(70, 66),
            "e5-small-v2-q", new Pair(86, 83));

    private CoverageThresholds() {
    }

    /**
     * The default threshold.
     *
     * @param embedderId  the text embedder's id
     * @param wordNetText whether the class text is a WordNet node text ({@link ClassText#WORDNET}); otherwise a
     *                    prompt or a caption mean
     * @return the threshold, or empty when the embedder was not calibrated
     */
    public static OptionalDouble of(String embedderId, boolean wordNetText) {
        Pair p = DEFAULTS.get(embedderId);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(wordNetText ? p.wordNet() : p.text());
    }
}
