package io.mll4j.examples;

import io.mll4j.server.MllServer;

/**
 * Runs the REST service and web page inside an application, over the default hub and graph, until stopped.
 * <pre>java … io.mll4j.examples.EmbedServer [PORT]</pre>
 */
public final class EmbedServer {
    private EmbedServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        // README:begin server
        try (MllServer server = MllServer.builder().optPort(port).build().start()) {
            System.out.println("Serving " + server.url());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitStop();                                            // until close(), e.g. on Ctrl-C
        }
        // README:end
    }
}
