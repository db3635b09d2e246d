/**
 * Benchmarks that print figures and write JSON results (never timed unit tests).
 * <ul>
 *   <li>The accuracy harness (CLIP_benchmark's pattern): a task suite as data ({@link io.mll4j.bench.TaskSuite},
 *   {@code bench/tasks.json}), model outputs computed once per TEST image and cached
 *   ({@link io.mll4j.bench.OutputRunner}, {@link io.mll4j.bench.OutputStore}), pluggable
 *   {@link io.mll4j.bench.BenchMethod}s reading a {@link io.mll4j.bench.BenchContext}, and one JSON per
 *   (task, method, k, α) run ({@link io.mll4j.bench.RunStore}) that a rerun skips when its inputs are unchanged
 *   ({@link io.mll4j.bench.BenchRunner}).</li>
 *   <li>Performance: selection latency over a synthetic paper-scale hub, labeling and reuse throughput against
 *   running the same ONNX models alone, and the generator of docs/performance.md from those results.</li>
 * </ul>
 */
package io.mll4j.bench;
