/** mll4j onnx module. */
package io.mll4j.onnx;
