package io.mll4j.expert;

/** The class prior π_y of the naive-Bayes fusion. */
public enum ClassPrior {
    /** Every class equally likely: the task gives no frequencies, and node image counts are a graph artefact. */
    UNIFORM,
    /** Proportional to each class's evidence weight on the graph. */
    EVIDENCE
}
