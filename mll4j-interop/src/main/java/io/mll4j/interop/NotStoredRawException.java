package io.mll4j.interop;

import io.mll4j.exception.DataException;

/** A label pickle whose rows cannot be read in place (Python lists, or numpy data not stored as raw bytes). */
final class NotStoredRawException extends DataException {
    NotStoredRawException(String message) {
        super(message);
    }
}
