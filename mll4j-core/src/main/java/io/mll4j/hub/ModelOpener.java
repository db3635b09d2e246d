package io.mll4j.hub;

import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;

/**
 * Opens hub entries as runnable models. An opener may load each model once and share it: the models it returns
 * belong to it (closing one of them does nothing) and are released when the opener is closed.
 * {@code io.mll4j.onnx.HubModels} opens ONNX entries.
 */
public interface ModelOpener extends AutoCloseable {
    /**
     * The entry as a vision-language model.
     *
     * @throws io.mll4j.exception.ModelLoadException when it cannot be loaded or is not a VLM
     */
    VisionLanguageModel vlm(HubEntry entry);

    /**
     * The entry as an image classifier (an expert).
     *
     * @throws io.mll4j.exception.ModelLoadException when it cannot be loaded or is not an expert
     */
    ImageClassifier classifier(HubEntry entry);

    /** Releases every model opened; idempotent. */
    @Override
    void close();
}
