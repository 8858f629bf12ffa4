package vn.cchc.webapp.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Times GraphQL queries against a running server: after a warm-up, a fixed number of sequential requests gives the
 * latency percentiles and the sequential throughput, then the same number of requests shared by 2 and by 4 clients
 * gives the throughput under a small, bounded concurrency. Every response must carry data and no error, or the run
 * stops: a failing query is never timed.
 *
 * <pre>
 * java -cp ... vn.cchc.webapp.benchmark.GraphQLBenchmark [url] [query ...]
 *   -Dbench.warmup=5 -Dbench.requests=50 -Dbench.clients=1,2,4 -Dbench.user=analyst:analyst-dev -Dbench.folder=
 * </pre>
 * The analytics need an authenticated caller: the run logs in with HTTP Basic as {@code bench.user} (the development
 * analyst by default); {@code -Dbench.user=none} sends no credentials (PostGraphile, which has none).
 * Queries are names of {@code src/test/resources/benchmark/*.graphql} (default: dashboard ranking deep), or of
 * {@code benchmark/<bench.folder>/*.graphql} when {@code bench.folder} is set ({@code postgraphile}: the same shapes
 * as PostGraphile asks them).
 */
public final class GraphQLBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String USER = System.getProperty("bench.user", "analyst:analyst-dev");
    /** The Basic credentials sent with every request, or null for {@code bench.user=none}. */
    private static final String AUTHORIZATION = USER.equals("none") ? null
            : "Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8));
    private static final String FOLDER = System.getProperty("bench.folder", "");

    private GraphQLBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:9580/graphql");
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("dashboard", "ranking", "deep");
        int warmup = Integer.getInteger("bench.warmup", 5);
        int requests = Integer.getInteger("bench.requests", 50);
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,2,4").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "endpoint %s, queries benchmark/%s, %s, warm-up %d, %d requests per run, clients %s%n",
                endpoint, FOLDER.isEmpty() ? "" : FOLDER + "/", AUTHORIZATION == null ? "no credentials" : "as " + USER.split(":")[0],
                warmup, requests, Arrays.toString(clients));
        System.out.println("| query | clients | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | response bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String name : names) {
            String body = body(document(name));
            for (int i = 0; i < warmup; i++) {
                send(endpoint, body, name);
            }
            for (int c : clients) {
                run(endpoint, name, body, c, requests);
            }
        }
    }

    /** {@code requests} requests shared by {@code clients} threads, each timed from send to the last byte. */
    private static void run(URI endpoint, String name, String body, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int share = requests / clients + (c < requests % clients ? 1 : 0);
            parts.add(pool.submit(() -> {
                List<long[]> timings = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    int bytes = send(endpoint, body, name);
                    timings.add(new long[] {System.nanoTime() - t0, bytes});
                }
                return timings;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        try {
            for (Future<List<long[]>> part : parts) {
                for (long[] t : part.get()) {
                    nanos.add(t[0]);
                    bytes = t[1];
                }
            }
        } finally {
            pool.shutdownNow(); // a failed request ends the run, and the JVM with it
        }
        long elapsed = System.nanoTime() - start;
        pool.awaitTermination(1, TimeUnit.MINUTES);
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %d |%n", name, clients, nanos.size(),
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)), ms(nanos.get(nanos.size() - 1)),
                nanos.size() / (elapsed / 1e9), bytes);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Posts the query; fails unless the answer is 200 with data and without errors. Returns the response size. */
    static int send(URI endpoint, String body, String name) {
        return send(endpoint, body, name, AUTHORIZATION);
    }

    /** The same with the given Authorization header (none when null). */
    static int send(URI endpoint, String body, String name, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            // a top-level object asked by key that came back null (the unit of a code that is not there) fails too
            if (response.statusCode() != 200 || !text.startsWith("{\"data\":{\"") || text.contains("\"errors\"")
                    || text.startsWith("{\"data\":{\"" + "unit\":null") || text.startsWith("{\"data\":{\"" + "unitByCode\":null")) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                        + text.substring(0, Math.min(600, text.length())));
            }
            return text.getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of {@code benchmark/<name>.graphql} (or of {@code benchmark/<bench.folder>/<name>.graphql}) on the classpath. */
    static String document(String name) throws IOException {
        return document(FOLDER, name);
    }

    /** The text of {@code benchmark/<folder>/<name>.graphql} on the classpath; the folder may be empty. */
    static String document(String folder, String name) throws IOException {
        String path = "/benchmark/" + (folder.isEmpty() ? "" : folder + "/") + name + ".graphql";
        try (InputStream in = GraphQLBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + path.substring(1) + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {"query": "..."} with the document escaped as a JSON string. */
    static String body(String query) {
        StringBuilder json = new StringBuilder("{\"query\":\"");
        for (char ch : query.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(ch);
            }
        }
        return json.append("\"}").toString();
    }
}
