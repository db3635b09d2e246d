package io.mll4j.hub;

/** File format of a hub model's weights. */
public enum ModelFormat {
    ONNX
}
