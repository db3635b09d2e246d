package io.mll4j.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page: {@code GET /} and {@code /static/{file}} from the jar (plain HTML, CSS and JavaScript, no build
 * step), and the benchmark plots, {@code GET /plots} (list) and {@code /plots/{file}}, from the docs folder when
 * one is configured.
 */
final class PageRoutes {
    private static final String ROOT = "/io/mll4j/server/web/";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");
    private final Path docs;

    /** @param docs folder whose {@code *.png} and {@code *.svg} files are the plots, or {@code null} */
    PageRoutes(Path docs) {
        this.docs = docs;
    }

    void register(Router router) {
        router.get("/", call -> resource(call, "index.html"))
                .get("/static/{file}", call -> resource(call, call.pathParam("file")))
                .get("/plots", call -> call.sendJson(200, Map.of("plots", plots())))
                .get("/plots/{file}", this::plot);
    }

    private static void resource(HttpCall call, String name) throws IOException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw ApiException.notFound("file", "No page resource '" + name + "'");
        }
        try (InputStream in = PageRoutes.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw ApiException.notFound("file", "No page resource '" + name + "'");
            }
            call.send(200, type(name), in.readAllBytes());
        }
    }

    private void plot(HttpCall call) throws IOException {
        String name = call.pathParam("file");
        if (!plots().contains(name)) {
            throw ApiException.notFound("file", "No plot '" + name + "' (GET /plots lists them)");
        }
        call.send(200, type(name), Files.readAllBytes(docs.resolve(name)));
    }

    /** The PNG and SVG files directly in the docs folder, sorted. */
    private List<String> plots() throws IOException {
        List<String> out = new ArrayList<>();
        if (docs == null || !Files.isDirectory(docs)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(docs, "*.{png,svg}")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && SAFE_NAME.matcher(name).matches()) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
