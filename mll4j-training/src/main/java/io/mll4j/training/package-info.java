/**
 * Training in Java: small CNN/MLP classifiers and contrastive (LiT-style) image towers described by an
 * {@link io.mll4j.training.ArchitectureSpec}, trained on CPU with DJL's PyTorch engine (offline, seeded)
 * and exported to ONNX by {@link io.mll4j.training.onnx.OnnxExporter}.
 */
package io.mll4j.training;
