package io.mll4j.exception;

/** A model file that cannot be loaded or whose inputs/outputs do not fit what its manifest declares. */
public class ModelLoadException extends Mll4jException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
