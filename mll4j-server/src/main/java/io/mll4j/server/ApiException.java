package io.mll4j.server;

/**
 * A request the server refuses, with the HTTP status and the request field at fault (a JSON path such as
 * {@code pins.red} or {@code images[2].data}, a multipart part, a query parameter or a header).
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String field;

    ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    ApiException(int status, String field, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.field = field;
    }

    /** 400: the request is malformed (wrong type, missing field, unreadable JSON). */
    static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    /** 422: well formed, but the library cannot act on it (unknown class name, pin outside the graph, …). */
    static ApiException unprocessable(String field, String message) {
        return new ApiException(422, field, message);
    }

    /** 404: no such task, model or synset. */
    static ApiException notFound(String field, String message) {
        return new ApiException(404, field, message);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
