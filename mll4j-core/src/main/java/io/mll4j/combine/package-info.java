/**
 * Paper A on a real hub: from a task's class names to a fused combination of classification heads. Loads the
 * stored expert and VLM labels, matches the classes to graph nodes (shared with paper B's matcher), builds the
 * task's combination model ({@link io.mll4j.combine.TaskCombinationModel}), runs CHCO and the VLM patch
 * ({@link io.mll4j.combine.ChcoSelector} → {@link io.mll4j.combine.ChcoReport}), and runs the chosen heads on
 * images ({@link io.mll4j.combine.CombinationReuser}). The algorithms themselves are in {@code io.mll4j.expert}.
 */
package io.mll4j.combine;
