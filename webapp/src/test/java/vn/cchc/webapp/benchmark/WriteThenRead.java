package vn.cchc.webapp.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How a write invalidates the response cache, and what the first read after it costs: {@code bench.rounds} times, one
 * write (the reporter edits the heading of a draft report of its own, made at the start), then the dashboard twice as
 * the analyst: the first must miss ({@code extensions.cache} MISS), the second hit. Prints the medians and p95 of the
 * write, the first and the second read. Requests go through {@link GraphQLBenchmark}'s checks ({@code bench.gzip}
 * applies; send them by POST).
 *
 * <pre>
 * java -cp ... -Dbench.rounds=30 -Dbench.warmup=20 vn.cchc.webapp.benchmark.WriteThenRead http://localhost:9580/graphql [query]
 * </pre>
 */
public final class WriteThenRead {

    private static final String REPORTER = "Basic " + Base64.getEncoder().encodeToString("reporter:reporter-dev".getBytes(StandardCharsets.UTF_8));
    private static final String UNIT = System.getProperty("bench.unit", "NA-SKHCN-MC");

    private WriteThenRead() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:9580/graphql");
        String name = args.length > 1 ? args[1] : "dashboard";
        int rounds = Integer.getInteger("bench.rounds", 30);
        int warmup = Integer.getInteger("bench.warmup", 20);
        String read = GraphQLBenchmark.body(GraphQLBenchmark.document(name));
        String run = UUID.randomUUID().toString().substring(0, 8);

        JsonObject created = write(endpoint, "mutation($input: CreateReportInput!) { createReport(input: $input) { version report { id } } }",
                Json.createObjectBuilder().add("unitCode", UNIT)
                        .add("period", Json.createObjectBuilder().add("type", "QUARTER").add("year", 2003).add("number", 1 + (int) (System.nanoTime() % 4)))
                        .add("title", "Báo cáo thử bộ nhớ đệm " + run).build(), "createReport");
        String reportId = created.getJsonObject("report").getString("id");
        int version = created.getInt("version");
        for (int i = 0; i < warmup; i++) { // the write and the read paths warmed, each read once a miss and once a hit
            version = edit(endpoint, reportId, version, run + " warm-up " + i);
            read(endpoint, read, name, "MISS");
            read(endpoint, read, name, "HIT");
        }
        List<Long> writes = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        List<Long> seconds = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            version = edit(endpoint, reportId, version, run + " " + i);
            long t1 = System.nanoTime();
            bytes = read(endpoint, read, name, "MISS");
            long t2 = System.nanoTime();
            read(endpoint, read, name, "HIT");
            long t3 = System.nanoTime();
            writes.add(t1 - t0);
            firsts.add(t2 - t1);
            seconds.add(t3 - t2);
        }
        System.out.printf(Locale.ROOT, "endpoint %s, %s (%d bytes), report %s of %s, warm-up %d, %d rounds of write, first read, second read%n",
                endpoint, name, bytes, reportId, UNIT, warmup, rounds);
        System.out.println("| step | requests | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        print("write (updateReportHeading as reporter)", writes);
        print("first " + name + " after the write (MISS)", firsts);
        print("second " + name + " (HIT)", seconds);
    }

    private static long read(URI endpoint, String body, String name, String expectCache) {
        return GraphQLBenchmark.exchange(GraphQLBenchmark.post(endpoint, body), name, 200, expectCache)[0];
    }

    private static int edit(URI endpoint, String reportId, int version, String title) {
        JsonObject payload = write(endpoint, "mutation($input: UpdateReportHeadingInput!) { updateReportHeading(input: $input) { version report { title } } }",
                Json.createObjectBuilder().add("reportId", reportId).add("version", version).add("title", title).build(), "updateReportHeading");
        if (!payload.getJsonObject("report").getString("title").equals(title)) {
            throw new IllegalStateException("the edit was acknowledged with another title: " + payload);
        }
        return payload.getInt("version");
    }

    /** Sends the mutation as the reporter; fails unless it answered data without errors. Returns the field's payload. */
    private static JsonObject write(URI endpoint, String mutation, JsonObject input, String field) {
        String body = "{\"query\":" + GraphQLBenchmark.jsonString(mutation) + ",\"variables\":{\"input\":" + input + "}}";
        HttpResponse<byte[]> response = GraphQLBenchmark.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Authorization", REPORTER).header("Content-Type", "application/json").header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        GraphQLBenchmark.check(response, field, 200, "BYPASS");
        JsonObject answer = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
        return answer.getJsonObject("data").getJsonObject(field);
    }

    private static void print(String step, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", step, sorted.size(), GraphQLBenchmark.percentile(sorted, 50) / 1e6,
                GraphQLBenchmark.percentile(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }
}
