package io.mll4j.cli;

import io.mll4j.server.MllServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code mll serve}: the REST service and web page until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the REST API and the web page over a hub (loopback only unless --bind says otherwise).",
                "  mll serve [--port 8080] [--hub DIR]      then open http://127.0.0.1:8080/",
                "  curl -s localhost:8080/tasks -H 'Content-Type: application/json' -d '{\"classes\": [\"red\", \"blue\"]}'",
                "Endpoints: /health, /tasks, /tasks/{id}, /tasks/{id}/predictions, /models, /models/{id}, "
                        + "/graph, /graph/nodes/{wnid}, /graph/find?name=. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--docs", paramLabel = "DIR", description = "Folder of benchmark plots (*.png, *.svg) shown on the page (default: the repository's docs/).")
    Path docs;

    @Option(names = "--threads", paramLabel = "N", description = "Request threads (default: twice the cores, at least 4).")
    Integer threads;

    @Option(names = "--inference-slots", paramLabel = "N", description = "Requests running models at once (default: one per core).")
    Integer inferenceSlots;

    @Option(names = "--idle-timeout", defaultValue = "600", paramLabel = "SECONDS", description = "Release a model unused this long (default: ${DEFAULT-VALUE}).")
    long idleSeconds;

    @Option(names = "--max-loaded-models", defaultValue = "8", paramLabel = "N", description = "Most idle models kept loaded (default: ${DEFAULT-VALUE}).")
    int maxLoaded;

    @Option(names = "--max-body-mb", defaultValue = "32", paramLabel = "MB", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Override
    public Integer call() throws InterruptedException {
        // the JDK server waits forever for a slow client's headers unless told otherwise
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "60");
        }
        MllServer.Builder b = MllServer.builder().optPort(port).optBindAddress(bind).optDocsDirectory(docsFolder())
                .optIdleTimeout(Duration.ofSeconds(idleSeconds)).optMaxLoadedModels(maxLoaded)
                .optMaxBodyBytes((long) maxBodyMb << 20);
        if (hubDirectory != null) {
            b.optHubDirectory(hubDirectory);
        }
        if (threads != null) {
            b.optThreads(threads);
        }
        if (inferenceSlots != null) {
            b.optInferenceSlots(inferenceSlots);
        }
        MllServer server = b.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mll-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + server.url() + " (Ctrl-C stops)");
        out.flush();
        server.awaitStop();
        return ExitCodes.OK;
    }

    private Path docsFolder() {
        if (docs != null) {
            return docs;
        }
        String root = System.getProperty("mll4j.repo.root");
        Path d = root == null ? null : Path.of(root, "docs");
        return d != null && Files.isDirectory(d) ? d : null;
    }
}
