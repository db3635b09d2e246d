package io.mll4j.expert;

/** How CHCO searches the head sets. */
public enum SearchMethod {
    /** Exact when there are at most the exact-search limit of candidates, greedy otherwise. */
    AUTO,
    /** Every set within the budget. */
    EXACT,
    /** Forward selection, one head at a time, each chosen by what it reaches with one more head (pairs). */
    GREEDY
}
