package io.mll4j.expert;

import java.util.Objects;

/**
 * Every choice of the head-combination model (docs/method-paper-a.md explains each default).
 *
 * @param gamma         hierarchy discount per hyponym edge for node evidence (0.5)
 * @param maxDistance   deepest descendant level pooled into a node's evidence (2)
 * @param rule          how head outputs are estimated and fused (SOFT)
 * @param laplace       Laplace pseudo-count λ added to every confusion cell (1)
 * @param poolUncovered estimate one shared confusion row for all classes a head does not cover, so the head cannot
 *                      tell those classes apart (true)
 * @param leaveOneOut   estimate accuracy with each evidence image left out of its own confusion row (true)
 * @param prior         class prior of the fusion (UNIFORM)
 * @param generalize    fallback for classes nothing else answers for: how many hyponym edges a head label may stand
 *                      above the one task class below it and still answer for it ("cat" for the class "tabby cat",
 *                      2 edges); 0: never (3)
 */
public record CombinationConfig(double gamma, int maxDistance, FusionRule rule, double laplace,
                                boolean poolUncovered, boolean leaveOneOut, ClassPrior prior, int generalize) {

    public CombinationConfig {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
        if (maxDistance < 0) {
            throw new IllegalArgumentException("maxDistance must be >= 0, got " + maxDistance);
        }
        if (!(laplace >= 0) || Double.isInfinite(laplace)) {
            throw new IllegalArgumentException("laplace must be a finite value >= 0, got " + laplace);
        }
        if (generalize < 0) {
            throw new IllegalArgumentException("generalize must be >= 0, got " + generalize);
        }
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(prior, "prior");
    }

    /**
     * The defaults: γ 0.5, depth 2, soft fusion, λ 1, pooled uncovered rows, leave-one-out, uniform prior, labels
     * generalise over up to 3 edges for classes nothing else covers.
     */
    public static CombinationConfig defaults() {
        return new CombinationConfig(0.5, 2, FusionRule.SOFT, 1.0, true, true, ClassPrior.UNIFORM, 3);
    }

    /** The hierarchy discount these settings describe, over a graph and its node → image lists. */
    public HierarchyDiscount discount(io.mll4j.graph.SemanticGraph graph, int[][] nodeImages) {
        return new HierarchyDiscount(graph, nodeImages, gamma, maxDistance);
    }

    public CombinationConfig withGamma(double value) {
        return new CombinationConfig(value, maxDistance, rule, laplace, poolUncovered, leaveOneOut, prior, generalize);
    }

    public CombinationConfig withRule(FusionRule value) {
        return new CombinationConfig(gamma, maxDistance, value, laplace, poolUncovered, leaveOneOut, prior, generalize);
    }

    public CombinationConfig withLaplace(double value) {
        return new CombinationConfig(gamma, maxDistance, rule, value, poolUncovered, leaveOneOut, prior, generalize);
    }

    public CombinationConfig withPoolUncovered(boolean value) {
        return new CombinationConfig(gamma, maxDistance, rule, laplace, value, leaveOneOut, prior, generalize);
    }

    public CombinationConfig withLeaveOneOut(boolean value) {
        return new CombinationConfig(gamma, maxDistance, rule, laplace, poolUncovered, value, prior, generalize);
    }

    public CombinationConfig withPrior(ClassPrior value) {
        return new CombinationConfig(gamma, maxDistance, rule, laplace, poolUncovered, leaveOneOut, value, generalize);
    }

    public CombinationConfig withGeneralize(int value) {
        return new CombinationConfig(gamma, maxDistance, rule, laplace, poolUncovered, leaveOneOut, prior, value);
    }
}
