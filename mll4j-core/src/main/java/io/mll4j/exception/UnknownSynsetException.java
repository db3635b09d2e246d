package io.mll4j.exception;

/** A synset id or class name that has no match in WordNet or in the graph. */
public class UnknownSynsetException extends GraphException {
    public UnknownSynsetException(String message) {
        super(message);
    }

    public UnknownSynsetException(String message, Throwable cause) {
        super(message, cause);
    }
}
