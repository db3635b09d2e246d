/**
 * The standard benchmark methods: MLL (paper and code variants) and the baselines of paper B §6 and its reviewers
 * (random, INB, ModelGPT-like, all models, single-best and per-class oracles). Each chooses a class → models
 * selection; {@link io.mll4j.bench.MethodRun#evaluate} combines and scores it the same way for all.
 */
package io.mll4j.bench.method;
