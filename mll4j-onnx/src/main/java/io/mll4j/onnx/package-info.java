/**
 * ONNX Runtime adapters: {@link io.mll4j.onnx.OnnxModelRunner} (one session, typed load/run errors),
 * {@link io.mll4j.onnx.OnnxImageRunner} (images in batches) and {@link io.mll4j.onnx.OnnxImageClassifier}.
 * CLIP-style two-tower models are in {@code io.mll4j.onnx.clip}, graph building in {@code io.mll4j.onnx.build}.
 */
package io.mll4j.onnx;
