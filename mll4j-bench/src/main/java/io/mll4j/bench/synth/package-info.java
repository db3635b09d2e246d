/**
 * A seeded synthetic hub with the paper's shape (49 VLMs x 9,055 nodes x 75 images): a synthetic DAG, per-model
 * skill that varies by region of the graph, confusions among nearby nodes, and score rows defined procedurally so
 * that any row can be recomputed exactly without ever storing 24 GB of full rows per model.
 */
package io.mll4j.bench.synth;
