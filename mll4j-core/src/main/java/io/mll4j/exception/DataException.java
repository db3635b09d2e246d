package io.mll4j.exception;

/** Input data that cannot be used: a corrupt or truncated image, a missing data source, a checksum mismatch. */
public class DataException extends Mll4jException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
