package io.mll4j.exception;

/** A loaded model failed while running on valid input. */
public class InferenceException extends Mll4jException {
    public InferenceException(String message) {
        super(message);
    }

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
