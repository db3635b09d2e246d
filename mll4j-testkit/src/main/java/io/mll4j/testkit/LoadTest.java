package io.mll4j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of {@code mll serve} on loopback: creates the colour task on a server that serves
 * {@link ColourFixture}'s hub, then sends {@code requests} single-image prediction requests (multipart, the four
 * colour uploads in turn) from {@code clients} threads, each its own HTTP client. A request counts as an error
 * unless it answers 200 with the image's own colour as the label. Prints latency percentiles. METHOD chooses the
 * task: {@code mll} (paper B, the selected VLMs) or {@code chco} (paper A, the experts fused with a VLM patch).
 * <pre>
 * java -cp mll4j-testkit.jar io.mll4j.testkit.LoadTest URL FIXTURE_DIR [REQUESTS=1000] [CLIENTS=16] [WARMUP=32]
 *     [METHOD=mll]
 * </pre>
 */
public final class LoadTest {
    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"(t-[0-9a-f]+)\"");
    private static final Pattern LABEL = Pattern.compile("\"label\"\\s*:\\s*\"([a-z]+)\"");
    private static final String BOUNDARY = "mll4jLoadTestBoundary";

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadTest URL FIXTURE_DIR [REQUESTS=1000] [CLIENTS=16] [WARMUP=32]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path uploads = Path.of(args[1]).resolve("uploads");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        String method = args.length > 5 ? args[5] : "mll";

        List<String> colours = ColourWorld.COLOURS;
        int[] shades = {0, 1, 2, 1};
        List<byte[]> bodies = new ArrayList<>();
        for (int c = 0; c < colours.size(); c++) {
            String name = colours.get(c) + "-" + shades[c] + ".png";
            bodies.add(multipart(name, Files.readAllBytes(uploads.resolve(name))));
        }
        HttpClient setup = HttpClient.newHttpClient();
        HttpResponse<String> task = setup.send(HttpRequest.newBuilder(URI.create(base + "tasks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"classes\": [\"red\", \"yellow\", \"green\", \"blue\"], "
                        + "\"method\": \"" + method + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = TASK_ID.matcher(task.body());
        if (task.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("task creation failed: " + task.statusCode() + " " + task.body());
        }
        URI predictions = URI.create(base + "tasks/" + id.group(1) + "/predictions");

        run(predictions, bodies, colours, warmup, clients); // loads the models; not measured
        long start = System.nanoTime();
        Result r = run(predictions, bodies, colours, requests, clients);
        double seconds = (System.nanoTime() - start) / 1e9;

        long[] sorted = r.latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("requests %d, clients %d, warm-up %d (not counted)%n", requests, clients, warmup);
        System.out.printf("errors %d%s%n", r.errors.get(), r.firstErrors.isEmpty() ? "" : " e.g. " + r.firstErrors.values());
        System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", ms(percentile(sorted, 50)),
                ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
        System.out.printf("throughput %.0f requests/s over %.2f s%n", requests / seconds, seconds);
        System.exit(r.errors.get() == 0 ? 0 : 1);
    }

    private record Result(long[] latencies, AtomicInteger errors, Map<Integer, String> firstErrors) {
    }

    private static Result run(URI uri, List<byte[]> bodies, List<String> colours, int requests, int clients)
            throws Exception {
        Result r = new Result(new long[requests], new AtomicInteger(), new ConcurrentHashMap<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    int colour = i % bodies.size();
                    long t0 = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(colour))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher label = LABEL.matcher(resp.body());
                        if (resp.statusCode() != 200) {
                            error = "HTTP " + resp.statusCode() + ": " + resp.body();
                        } else if (!label.find() || !label.group(1).equals(colours.get(colour))) {
                            error = "wrong label for " + colours.get(colour) + ": " + resp.body();
                        }
                    } catch (IOException | InterruptedException e) {
                        error = e.toString();
                    }
                    r.latencies[i] = System.nanoTime() - t0;
                    if (error != null && r.errors.incrementAndGet() <= 3) {
                        r.firstErrors.put(i, error.length() > 300 ? error.substring(0, 300) : error);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return r;
    }

    private static byte[] multipart(String filename, byte[] image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
