package io.mll4j.exception;

/** The semantic graph cannot be built, loaded or queried as asked. */
public class GraphException extends Mll4jException {
    public GraphException(String message) {
        super(message);
    }

    public GraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
