package io.mll4j.select;

/** Whose images may count as false positives of a selected node (method.md §9.4). */
public enum FalsePositivePool {
    /** Images of the selected nodes V_sel only (the paper's intent). */
    SELECTED_NODES,
    /** Images of every graph node (what the official code does). */
    ALL_NODES
}
