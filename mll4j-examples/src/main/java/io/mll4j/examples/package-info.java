/**
 * One runnable program per use case of the Java API, each a {@code main} over the default hub and graph
 * ({@code MLL4J_HOME}, {@code MLL4J_HUB_DIR}): {@link io.mll4j.examples.SelectModels} (models for a task from its
 * class names), {@link io.mll4j.examples.PredictImages} (select, then classify images), {@link
 * io.mll4j.examples.RegisterModel} (admit a model through the ONNX checker), {@link io.mll4j.examples.LabelHub}
 * (label the hub's VLMs on the graph) and {@link io.mll4j.examples.EmbedServer} (the REST service in-process).
 * The regions between {@code README:begin} and {@code README:end} appear verbatim in README.md (a test checks it).
 */
package io.mll4j.examples;
