package io.mll4j.exception;

/**
 * A task that cannot be selected for as given: no classes, a duplicated class, a class name nothing can match,
 * a pin to an unknown synset, or classes the graph does not cover. The message names every offending class.
 */
public class TaskException extends Mll4jException {
    public TaskException(String message) {
        super(message);
    }

    public TaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
