/**
 * The one-object API: {@link io.mll4j.api.MllPipeline} selects models for a task from its class names (paper B per
 * class, or paper A's CHCO over expert heads) and runs them ({@link io.mll4j.api.SelectedTask},
 * {@link io.mll4j.api.CombinedTask}).
 */
package io.mll4j.api;
