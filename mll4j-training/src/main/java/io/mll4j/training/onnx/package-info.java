/**
 * ONNX export of trained {@link io.mll4j.training.ArchitectureSpec} networks, built with Tribuo's ONNX graph
 * helpers (tribuo-util-onnx) plus the vision operators Tribuo does not define ({@link io.mll4j.training.onnx.OnnxOp}).
 */
package io.mll4j.training.onnx;
