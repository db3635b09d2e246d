package io.mll4j.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes requests by method and path template ({@code /tasks/{id}/predictions}: a {@code {name}} matches one
 * non-empty segment) and turns every failure into a JSON {@link ApiError}: unknown paths 404, wrong methods 405
 * with {@code Allow}. A handler's exception never reaches the HTTP server, so no request can stop it.
 */
final class Router implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    /** Handles one matched request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpCall call) throws IOException;
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final long maxBodyBytes;

    Router(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    Router get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    Router post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    Router delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    private Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, split(template), handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        HttpCall call = null;
        try {
            String[] path = split(exchange.getRequestURI().getRawPath());
            Set<String> allowed = new LinkedHashSet<>();
            for (Route r : routes) {
                Map<String, String> params = match(r.segments, path);
                if (params == null) {
                    continue;
                }
                allowed.add(r.method);
                String method = exchange.getRequestMethod();
                if (r.method.equals(method)) {
                    call = new HttpCall(exchange, params, maxBodyBytes);
                    r.handler.handle(call);
                    return;
                }
            }
            call = new HttpCall(exchange, Map.of(), maxBodyBytes);
            if (allowed.isEmpty()) {
                throw ApiException.notFound("path", "No endpoint " + exchange.getRequestURI().getPath()
                        + "; see GET / for the page and GET /health");
            }
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            throw new ApiException(405, "method", exchange.getRequestMethod() + " is not allowed on "
                    + exchange.getRequestURI().getPath() + "; allowed: " + String.join(", ", allowed));
        } catch (Throwable e) {
            fail(exchange, call, e);
        } finally {
            exchange.close();
        }
    }

    private static void fail(HttpExchange exchange, HttpCall call, Throwable e) {
        ApiError error = ApiError.of(e);
        if (error.status() >= 500) {
            LOG.log(System.Logger.Level.ERROR, exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " failed", e);
        }
        if (e instanceof Error && !(e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
            LOG.log(System.Logger.Level.ERROR, "fatal error while serving a request", e);
        }
        try {
            HttpCall out = call != null ? call : new HttpCall(exchange, Map.of(), 0);
            if (!out.sent()) {
                out.sendJson(error.status(), error);
            }
        } catch (IOException | RuntimeException ignored) {
            // the client is gone; nothing more to tell it
        }
    }

    private static String[] split(String path) {
        return path.replaceAll("^/+|/+$", "").split("/+", -1);
    }

    /** Path parameters when {@code path} fits {@code template}, else {@code null}. */
    private static Map<String, String> match(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), HttpCall.decode(path[i]));
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }
}
