package io.mll4j.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mll4j.exception.DataException;
import io.mll4j.exception.GraphException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.ModelNotFoundException;
import io.mll4j.exception.TaskException;

/**
 * The JSON body of every error response, and the one mapping from exceptions to HTTP statuses: bad input
 * ({@link IllegalArgumentException} 400; {@link DataException}, {@link GraphException} such as an unknown synset,
 * {@link TaskException} 422), unknown ids ({@link ModelNotFoundException} 404), hub conflicts ({@link HubException}
 * 409: id taken, model not labeled yet), model load ({@link ModelLoadException}) and inference
 * ({@link InferenceException}) failures and anything unexpected 500.
 *
 * @param status HTTP status
 * @param error  what is wrong, naming the field, file or id
 * @param field  the request field at fault, or {@code null}
 * @param type   the exception's simple name, for clients that branch on it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(int status, String error, String field, String type) {

    /** The error a failure becomes. */
    static ApiError of(Throwable e) {
        if (e instanceof ApiException a) {
            return new ApiError(a.status(), a.getMessage(), a.field(), typeOf(a.getCause(), "BadRequest"));
        }
        int status = statusOf(e);
        String message = status == 500 && !(e instanceof ModelLoadException || e instanceof InferenceException)
                ? "Internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() : e.getMessage();
        return new ApiError(status, message, null, e.getClass().getSimpleName());
    }

    static int statusOf(Throwable e) {
        if (e instanceof ApiException a) {
            return a.status();
        }
        if (e instanceof ModelNotFoundException) {
            return 404;
        }
        if (e instanceof IllegalArgumentException) {
            return 400;
        }
        if (e instanceof DataException || e instanceof GraphException || e instanceof TaskException) {
            return 422;
        }
        if (e instanceof ModelLoadException || e instanceof InferenceException) {
            return 500;
        }
        if (e instanceof HubException) {
            return 409;
        }
        return 500;
    }

    private static String typeOf(Throwable cause, String fallback) {
        return cause == null ? fallback : cause.getClass().getSimpleName();
    }
}
