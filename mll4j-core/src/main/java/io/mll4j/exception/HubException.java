package io.mll4j.exception;

/** The model hub cannot store, find or admit a model. */
public class HubException extends Mll4jException {
    public HubException(String message) {
        super(message);
    }

    public HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
