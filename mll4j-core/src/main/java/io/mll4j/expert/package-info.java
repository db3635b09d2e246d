/**
 * Paper A (Zhang, Zhou, Guo, Li, arXiv 2408.11449) reconstructed: small expert classifiers labeled on the semantic
 * graph (SDAG), head coverage of a task's classes, confusion-matrix (naive-Bayes) fusion of classification heads,
 * CHCO (Classification Head Combination Optimization) under a budget, and a VLM patch for classes no head covers.
 * The paper's formulas are not public; every choice is a parameter and {@code docs/method-paper-a.md} explains it.
 */
package io.mll4j.expert;
