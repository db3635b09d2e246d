package io.mll4j.exception;

/** Root of every mll4j failure; unchecked so that builders and streams stay readable. */
public class Mll4jException extends RuntimeException {
    public Mll4jException(String message) {
        super(message);
    }

    public Mll4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
