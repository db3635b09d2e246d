/**
 * Benchmarks that print figures and write JSON results (never timed unit tests): selection latency over a synthetic
 * paper-scale hub, labeling and reuse throughput against running the same ONNX models alone, and the generator of
 * docs/performance.md from those results.
 */
package io.mll4j.bench;
