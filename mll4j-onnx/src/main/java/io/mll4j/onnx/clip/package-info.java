/**
 * CLIP-style dual encoders: {@link io.mll4j.onnx.clip.OnnxClipModel} (two ONNX files), the tower split
 * ({@link io.mll4j.onnx.clip.ImageTower}, {@link io.mll4j.onnx.clip.TextTower},
 * {@link io.mll4j.onnx.clip.TwoTowerModel}) that lets a home-grown model pair an ONNX image tower with any
 * {@link io.mll4j.model.TextEmbedder}, and OpenAI's BPE tokenizer ({@link io.mll4j.onnx.clip.ClipBpeTokenizer}).
 */
package io.mll4j.onnx.clip;
