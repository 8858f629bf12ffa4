package vn.cchc.webapp.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

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
 * <p>
 * The response cache and HTTP caching (issue 13):
 * <ul>
 * <li>{@code -Dbench.method=GET}: queries by GET, {@code ?query=...}; with {@code -Dbench.persisted=true} by the
 * Apollo persisted-query hash alone ({@code ?extensions=...}, the document registered once by POST with its hash).</li>
 * <li>{@code -Dbench.revalidate=true} (GET): one GET takes the answer's ETag, then every timed request sends it in
 * {@code If-None-Match} and must be answered 304 without a body.</li>
 * <li>{@code -Dbench.unique=true}: every request gets its own value of an unused variable {@code benchUnique}, so it
 * misses the response cache (the same document, so the same parse); every answer must say {@code "cache":"MISS"}.</li>
 * <li>{@code -Dbench.expect-cache=HIT} (or MISS, BYPASS): every timed answer must say so in {@code extensions.cache}.</li>
 * <li>{@code -Dbench.gzip=true}: sends {@code Accept-Encoding: gzip}; the bytes on the wire (the body as sent) are
 * counted, the body decompressed and checked.</li>
 * <li>A query name starting with {@code /} is a plain URL on the endpoint's server ({@code /static/dashboard.js}): GET,
 * must be 200 with a body.</li>
 * </ul>
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

    private static final String METHOD = System.getProperty("bench.method", "POST").toUpperCase(Locale.ROOT);
    private static final boolean PERSISTED = Boolean.getBoolean("bench.persisted");
    private static final boolean REVALIDATE = Boolean.getBoolean("bench.revalidate");
    private static final boolean UNIQUE = Boolean.getBoolean("bench.unique");
    private static final boolean GZIP = Boolean.getBoolean("bench.gzip");
    private static final String EXPECT_CACHE = System.getProperty("bench.expect-cache", UNIQUE ? "MISS" : "");
    /** Numbers the requests of {@code bench.unique}: never the same variables twice in one run. */
    private static final AtomicLong UNIQUE_SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

    /** One kind of request, checked: returns {body bytes, bytes on the wire}, or fails the run. */
    @FunctionalInterface
    interface Probe {
        long[] send(boolean timed);
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:9580/graphql");
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("dashboard", "ranking", "deep");
        int warmup = Integer.getInteger("bench.warmup", 5);
        int requests = Integer.getInteger("bench.requests", 50);
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,2,4").split(",")).mapToInt(Integer::parseInt).toArray();
        if (REVALIDATE && !METHOD.equals("GET")) {
            throw new IllegalArgumentException("bench.revalidate needs bench.method=GET");
        }
        System.out.printf(Locale.ROOT, "endpoint %s, queries benchmark/%s, %s, warm-up %d, %d requests per run, clients %s%n",
                endpoint, FOLDER.isEmpty() ? "" : FOLDER + "/", AUTHORIZATION == null ? "no credentials" : "as " + USER.split(":")[0],
                warmup, requests, Arrays.toString(clients));
        System.out.printf(Locale.ROOT, "method %s%s%s%s%s%s%n", METHOD, PERSISTED ? ", persisted hash" : "",
                REVALIDATE ? ", If-None-Match (304)" : "", UNIQUE ? ", unique variables (uncached)" : "",
                GZIP ? ", Accept-Encoding: gzip" : "", EXPECT_CACHE.isEmpty() ? "" : ", expecting cache " + EXPECT_CACHE);
        System.out.println("| query | clients | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | response bytes | wire bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String name : names) {
            Probe probe = probe(endpoint, name);
            for (int i = 0; i < warmup; i++) {
                probe.send(false);
            }
            for (int c : clients) {
                run(name, probe, c, requests);
            }
        }
    }

    /** The request {@code bench.*} asks for: a plain URL for a name starting with {@code /}, else the named query. */
    static Probe probe(URI endpoint, String name) throws IOException {
        if (name.startsWith("/")) {
            URI url = endpoint.resolve(name);
            return timed -> exchange(get(url), name, 200, null);
        }
        String query = document(name);
        if (METHOD.equals("POST")) {
            return timed -> {
                String body = UNIQUE ? body(query, uniqueVariables()) : body(query);
                return exchange(post(endpoint, body), name, 200, timed ? EXPECT_CACHE : "");
            };
        }
        if (!METHOD.equals("GET")) {
            throw new IllegalArgumentException("bench.method " + METHOD + ": POST or GET");
        }
        String hash = sha256(query);
        if (PERSISTED) { // registers the document with its hash, as an Apollo client does after PersistedQueryNotFound
            exchange(post(endpoint, "{\"query\":" + jsonString(query) + ",\"extensions\":" + persistedQuery(hash) + "}"), name, 200, null);
        }
        java.util.function.Function<String, URI> url = variables -> URI.create(endpoint + "?"
                + (PERSISTED ? "extensions=" + encode(persistedQuery(hash)) : "query=" + encode(query))
                + (variables == null ? "" : "&variables=" + encode(variables)));
        if (REVALIDATE) {
            if (UNIQUE) {
                throw new IllegalArgumentException("bench.revalidate and bench.unique: a unique request has no tag to revalidate");
            }
            URI uri = url.apply(null);
            HttpResponse<byte[]> first = send(get(uri).build());
            check(first, name, 200, null);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(name + ": GET answered without an ETag"));
            return timed -> exchange(get(uri).header("If-None-Match", etag), name, 304, null);
        }
        return timed -> exchange(get(url.apply(UNIQUE ? uniqueVariables() : null)), name, 200, timed ? EXPECT_CACHE : "");
    }

    /** {@code requests} requests shared by {@code clients} threads, each timed from send to the last byte. */
    private static void run(String name, Probe probe, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int share = requests / clients + (c < requests % clients ? 1 : 0);
            parts.add(pool.submit(() -> {
                List<long[]> timings = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    long[] bytes = probe.send(true);
                    timings.add(new long[] {System.nanoTime() - t0, bytes[0], bytes[1]});
                }
                return timings;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        long wire = 0;
        try {
            for (Future<List<long[]>> part : parts) {
                for (long[] t : part.get()) {
                    nanos.add(t[0]);
                    bytes = t[1];
                    wire = t[2];
                }
            }
        } finally {
            pool.shutdownNow(); // a failed request ends the run, and the JVM with it
        }
        long elapsed = System.nanoTime() - start;
        pool.awaitTermination(1, TimeUnit.MINUTES);
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %d | %d |%n", name, clients, nanos.size(),
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)), ms(nanos.get(nanos.size() - 1)),
                nanos.size() / (elapsed / 1e9), bytes, wire);
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
        HttpResponse<byte[]> response = send(builder.build());
        return (int) check(response, name, 200, null)[0];
    }

    static HttpRequest.Builder post(URI endpoint, String body) {
        return request(endpoint).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(URI uri) {
        return request(uri).GET();
    }

    /** With the run's Accept, Accept-Encoding and credentials. */
    static HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Accept", "application/json");
        if (GZIP) {
            builder.header("Accept-Encoding", "gzip");
        }
        if (AUTHORIZATION != null) {
            builder.header("Authorization", AUTHORIZATION);
        }
        return builder;
    }

    static long[] exchange(HttpRequest.Builder request, String name, int status, String expectCache) {
        return check(send(request.build()), name, status, expectCache);
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails unless the response has the status; a 304 must have no body, a plain URL's 200 (a name starting with
     * {@code /}) a body, and a query's 200 data without errors, and {@code extensions.cache} expectCache unless that is
     * null or empty. Returns {body bytes decoded, bytes on the wire}.
     */
    static long[] check(HttpResponse<byte[]> response, String name, int status, String expectCache) {
        byte[] wire = response.body();
        byte[] body = wire;
        if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(wire))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": a broken gzip body", e);
            }
        }
        if (response.statusCode() != status) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + " (expected " + status + "): " + excerpt(body));
        }
        if (status == 304) {
            if (body.length != 0) {
                throw new IllegalStateException(name + " answered 304 with a body of " + body.length + " bytes");
            }
        } else if (name.startsWith("/")) {
            if (body.length == 0) {
                throw new IllegalStateException(name + " answered 200 without a body");
            }
        } else {
            String text = new String(body, StandardCharsets.UTF_8);
            // a top-level object asked by key that came back null (the unit of a code that is not there) fails too
            if (!text.startsWith("{\"data\":{\"") || text.contains("\"errors\"")
                    || text.startsWith("{\"data\":{\"" + "unit\":null") || text.startsWith("{\"data\":{\"" + "unitByCode\":null")) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + excerpt(body));
            }
            if (expectCache != null && !expectCache.isEmpty() && !text.endsWith("\"cache\":\"" + expectCache + "\"}}")) {
                throw new IllegalStateException(name + ": expected cache " + expectCache + ", answered ..." + text.substring(Math.max(0, text.length() - 120)));
            }
        }
        return new long[] {body.length, wire.length};
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.substring(0, Math.min(600, text.length()));
    }

    private static String uniqueVariables() {
        return "{\"benchUnique\":" + UNIQUE_SEQUENCE.incrementAndGet() + "}";
    }

    private static String persistedQuery(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
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
        return "{\"query\":" + jsonString(query) + "}";
    }

    /** {"query": "...", "variables": ...} with the variables as JSON. */
    static String body(String query, String variablesJson) {
        return "{\"query\":" + jsonString(query) + ",\"variables\":" + variablesJson + "}";
    }

    /** The text as a JSON string. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(ch);
            }
        }
        return json.append('"').toString();
    }
}
