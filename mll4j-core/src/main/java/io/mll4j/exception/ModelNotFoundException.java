package io.mll4j.exception;

/** No model with the given id is in the hub. */
public class ModelNotFoundException extends HubException {
    public ModelNotFoundException(String message) {
        super(message);
    }

    public ModelNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
