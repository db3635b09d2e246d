/**
 * {@code mll bench build}: run files → {@code docs/results.md} (tables, summaries, kept analysis), a long-format CSV
 * and small SVG plots (accuracy per method and task, α and k sweeps with cost, hub growth).
 */
package io.mll4j.bench.report;
