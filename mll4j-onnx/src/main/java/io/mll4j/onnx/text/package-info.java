/**
 * Sentence embedders on ONNX Runtime: a pure-Java HF WordPiece tokenizer ({@link io.mll4j.onnx.text.WordPieceTokenizer}),
 * a batched BERT encoder implementing {@link io.mll4j.model.TextEmbedder}
 * ({@link io.mll4j.onnx.text.OnnxTextEmbedder}), and the bundled encoders ({@link io.mll4j.onnx.text.TextEncoders}).
 */
package io.mll4j.onnx.text;
