/**
 * Building ONNX graphs in Java ({@link io.mll4j.onnx.build.OnnxGraphBuilder}): tiny models for tests, and the
 * export of models trained in Java.
 */
package io.mll4j.onnx.build;
