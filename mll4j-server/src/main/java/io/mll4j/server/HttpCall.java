package io.mll4j.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.mll4j.util.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and its response: path and query parameters, a size-limited body (a larger one is refused with
 * 413 before it is read), JSON in and out. A response is sent once.
 */
final class HttpCall {
    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final long maxBodyBytes;
    private Map<String, String> query;
    private byte[] body;
    private boolean sent;

    HttpCall(HttpExchange exchange, Map<String, String> pathParams, long maxBodyBytes) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.maxBodyBytes = maxBodyBytes;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** A segment matched by {@code {name}} in the route. */
    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter (the first, if repeated). */
    Optional<String> query(String name) {
        if (query == null) {
            query = parseQuery(exchange.getRequestURI().getRawQuery());
        }
        return Optional.ofNullable(query.get(name));
    }

    /** A required, non-blank query parameter. */
    String requireQuery(String name) {
        return query(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> ApiException.badRequest(name, "Query parameter '" + name + "' is required"));
    }

    /** The Content-Type header in lower case, without parameters ({@code ""} when absent). */
    String mediaType() {
        String type = contentType();
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The full Content-Type header ({@code ""} when absent). */
    String contentType() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type == null ? "" : type;
    }

    /** The request body, read once; 413 when it exceeds the limit. */
    byte[] body() throws IOException {
        if (body != null) {
            return body;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Content-Length", "Content-Length '" + length + "' is not a number");
            }
            if (declared > maxBodyBytes) {
                throw tooLarge(declared);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBodyBytes) {
                    throw tooLarge(total);
                }
                out.write(buffer, 0, n);
            }
            body = out.toByteArray();
        }
        return body;
    }

    /** The body as a JSON object; 400 naming {@code body} when it is empty, not JSON or not an object. */
    JsonNode jsonBody() throws IOException {
        byte[] bytes = body();
        if (bytes.length == 0) {
            throw ApiException.badRequest("body", "The request body is empty; send a JSON object");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(bytes);
        } catch (JacksonException e) {
            throw new ApiException(400, "body", "The request body is not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e), e);
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("body", "The request body must be a JSON object");
        }
        return node;
    }

    void sendJson(int status, Object value) throws IOException {
        byte[] bytes = (value instanceof String s ? s : Json.write(value)).getBytes(StandardCharsets.UTF_8);
        send(status, "application/json; charset=utf-8", bytes);
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        if (sent) {
            throw new IllegalStateException("response already sent for " + method() + " " + path());
        }
        sent = true;
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    boolean sent() {
        return sent;
    }

    private ApiException tooLarge(long bytes) {
        return new ApiException(413, "body", "The request body (" + bytes + " bytes or more) exceeds the limit of "
                + maxBodyBytes + " bytes");
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(key, value);
        }
        return out;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query", "Malformed URL encoding in '" + s + "'");
        }
    }
}
