package vn.cchc.webapp.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded mixed load on two servers sharing one database: readers run the dashboard and the dossier list
 * ({@code benchmark/dashboard.graphql}, {@code benchmark/list.graphql}) as the analyst, editors change the heading of
 * a few shared drafts with the version they last read (two editors often send the same version: one of them gets
 * {@code CONFLICT}, counted, not a failure), importers upload CSV files of dossiers as the reporter
 * ({@code POST /import/dossiers}) and follow each job to its end, every request on a server picked at random. After
 * the run it checks that every acknowledged write is there (each report's version is its start version plus its
 * acknowledged edits, its title the last acknowledged one; the dossiers of every succeeded import are all present,
 * read on both servers), that no answer was a 5xx, and that the servers' logs got no stack trace during the run.
 *
 * <pre>
 * java -cp ... vn.cchc.webapp.benchmark.MixedLoad http://localhost:9580/ http://localhost:9581/ \
 *     webapp/target/liberty/wlp/usr/servers/cchc/logs/messages.log webapp/target/liberty/wlp/usr/servers/cchc-b/logs/messages.log
 *   -Dmixed.seconds=60 -Dmixed.readers=2 -Dmixed.editors=2 -Dmixed.importers=1 -Dmixed.drafts=4 -Dmixed.importRows=500
 * </pre>
 * Exits with status 1 when a check fails. The drafts are new reports of the reporter's one-stop shop
 * ({@code mixed.unit}) for the first free quarters from 2001 on; the dossiers' codes start with {@code MIX-<run>-}.
 */
public final class MixedLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ANALYST = basic("analyst");
    private static final String REPORTER = basic("reporter");
    private static final String ADMIN = basic("admin");
    private static final String UNIT = System.getProperty("mixed.unit", "NA-SKHCN-MC");
    private static final String PROCEDURE = System.getProperty("mixed.procedure", "NA-SKHCN-NLNT-XQUANG");

    private final List<URI> servers;
    private final Random random = new Random();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Per operation: latencies in nanoseconds, and the counts of outcomes. */
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    /** A shared draft: its id, its version before the run, the edits acknowledged and the last acknowledged title. */
    private static final class Draft {
        final String id;
        final int startVersion;
        final AtomicLong acknowledged = new AtomicLong();
        int lastVersion;
        String lastTitle;

        Draft(String id, int startVersion) {
            this.id = id;
            this.startVersion = startVersion;
            this.lastVersion = startVersion;
        }

        synchronized void acknowledge(int version, String title) {
            acknowledged.incrementAndGet();
            if (version > lastVersion) {
                lastVersion = version;
                lastTitle = title;
            }
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    /** Rows of every import that SUCCEEDED, by job id. */
    private final Map<String, Integer> importedRows = new ConcurrentHashMap<>();

    private MixedLoad(List<URI> servers) {
        this.servers = servers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: MixedLoad <server-1 base URL> <server-2 base URL> [messages.log ...]");
        }
        List<URI> servers = List.of(base(args[0]), base(args[1]));
        List<Path> logs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            logs.add(Path.of(args[i]));
        }
        int seconds = Integer.getInteger("mixed.seconds", 60);
        int readers = Integer.getInteger("mixed.readers", 2);
        int editors = Integer.getInteger("mixed.editors", 2);
        int importers = Integer.getInteger("mixed.importers", 1);
        int draftCount = Integer.getInteger("mixed.drafts", 4);
        int importRows = Integer.getInteger("mixed.importRows", 500);
        MixedLoad load = new MixedLoad(servers);
        System.exit(load.run(logs, seconds, readers, editors, importers, draftCount, importRows) ? 0 : 1);
    }

    private boolean run(List<Path> logs, int seconds, int readers, int editors, int importers, int draftCount, int importRows)
            throws Exception {
        List<Long> logStarts = new ArrayList<>();
        for (Path log : logs) {
            logStarts.add(Files.size(log));
        }
        String dashboard = GraphQLBenchmark.body(GraphQLBenchmark.document("", "dashboard"));
        String list = GraphQLBenchmark.body(GraphQLBenchmark.document("", "list"));
        createDrafts(draftCount);
        System.out.printf(Locale.ROOT, "run %s: %d s on %s, %d readers, %d editors of %d drafts, %d importers of %d rows%n",
                run, seconds, servers, readers, editors, draftCount, importers, importRows);

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(readers + editors + importers);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int reader = i;
            workers.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    boolean board = (n + reader) % 2 == 0;
                    read(board ? "read dashboard" : "read list", board ? dashboard : list);
                }
            }));
        }
        for (int i = 0; i < editors; i++) {
            int editor = i;
            workers.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    edit(drafts.get(random.nextInt(drafts.size())), "Báo cáo sửa " + run + " người " + editor + " lần " + n);
                }
            }));
        }
        for (int i = 0; i < importers; i++) {
            int importer = i;
            workers.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    importDossiers("MIX-" + run + "-" + importer + "-" + n + "-", importRows);
                }
            }));
        }
        long started = System.nanoTime();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        verify();
        for (int i = 0; i < logs.size(); i++) {
            scanLog(logs.get(i), logStarts.get(i));
        }
        print(elapsed);
        if (failures.isEmpty()) {
            System.out.println("All checks passed.");
            return true;
        }
        System.out.println(failures.size() + " check(s) failed:");
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        return false;
    }

    private URI server() {
        return servers.get(random.nextInt(servers.size()));
    }

    // ---- the operations

    private void read(String operation, String body) {
        URI server = server();
        long t0 = System.nanoTime();
        HttpResponse<String> response = post(server.resolve("graphql"), body, ANALYST, "application/json");
        long nanos = System.nanoTime() - t0;
        String text = response.body();
        if (response.statusCode() == 200 && text.startsWith("{\"data\":{\"") && !text.contains("\"errors\"")) {
            record(operation, nanos, "ok");
        } else {
            record(operation, nanos, "failed");
            failures.add(operation + " on " + server + ": " + response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
        }
    }

    /** Reads the draft's version on one server, sends the edit with it to another (or the same) one. */
    private void edit(Draft draft, String title) {
        JsonObject read = graphql(server(), REPORTER, "{ report(id: \"" + draft.id + "\") { version } }", null);
        if (read == null) {
            return;
        }
        int version = read.getJsonObject("data").getJsonObject("report").getInt("version");
        URI server = server();
        String input = Json.createObjectBuilder().add("reportId", draft.id).add("version", version).add("title", title).build().toString();
        long t0 = System.nanoTime();
        JsonObject answer = graphql(server, REPORTER, "mutation($input: UpdateReportHeadingInput!) { updateReportHeading(input: $input)"
                + " { version report { title } } }", "{\"input\": " + input + "}");
        long nanos = System.nanoTime() - t0;
        if (answer == null) {
            record("edit draft", nanos, "failed");
            return;
        }
        if (answer.containsKey("errors")) {
            String code = answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code", "?");
            if (code.equals("CONFLICT")) {
                record("edit draft", nanos, "conflict");
            } else {
                record("edit draft", nanos, "failed");
                failures.add("edit of report " + draft.id + " on " + server + ": " + answer);
            }
            return;
        }
        JsonObject payload = answer.getJsonObject("data").getJsonObject("updateReportHeading");
        if (!payload.getJsonObject("report").getString("title").equals(title)) {
            failures.add("edit of report " + draft.id + " acknowledged with another title: " + payload);
        }
        draft.acknowledge(payload.getInt("version"), title);
        record("edit draft", nanos, "ok");
    }

    /** Uploads {@code rows} new dossiers as CSV, then asks after the job, on any server, until it ends. */
    private void importDossiers(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(',').append(UNIT).append(',').append(PROCEDURE)
                    .append(",2024-03-04,2024-03-14,").append(i % 2 == 0 ? "2024-03-08" : "").append(',')
                    .append(i % 3 == 0 ? "ONLINE" : "IN_PERSON").append(",NEW,").append(i % 2 == 0 ? "RESOLVED_EARLY" : "RECEIVED")
                    .append('\n');
        }
        URI server = server();
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = post(server.resolve("import/dossiers"), csv.toString(), REPORTER, "text/csv; charset=UTF-8");
        if (accepted.statusCode() != 202) {
            record("import upload", System.nanoTime() - t0, "failed");
            failures.add("import on " + server + ": " + accepted.statusCode() + " " + accepted.body());
            return;
        }
        record("import upload", System.nanoTime() - t0, "ok");
        String job = Json.createReader(new StringReader(accepted.body())).readObject().getString("jobId");
        while (true) {
            JsonObject answer = graphql(server(), REPORTER, "{ importJob(id: \"" + job + "\") { state rowsWritten errorCount } }", null);
            if (answer == null) {
                return;
            }
            JsonObject state = answer.getJsonObject("data").getJsonObject("importJob");
            String name = state.getString("state");
            if (name.equals("SUCCEEDED") || name.equals("FAILED")) {
                long nanos = System.nanoTime() - t0;
                if (name.equals("SUCCEEDED") && state.getInt("rowsWritten") == rows) {
                    importedRows.put(job, rows);
                    record("import job", nanos, "ok");
                } else {
                    record("import job", nanos, "failed");
                    failures.add("import job " + job + " ended " + state);
                }
                return;
            }
            pause(100);
        }
    }

    // ---- set-up and checks

    /** New drafts for the first free quarters from 2001 on (a quarter already reported is refused, then skipped). */
    private void createDrafts(int count) {
        int year = 2001;
        int quarter = 1;
        while (drafts.size() < count && year < 2020) {
            JsonObject input = Json.createObjectBuilder().add("unitCode", UNIT)
                    .add("period", Json.createObjectBuilder().add("type", "QUARTER").add("year", year).add("number", quarter))
                    .add("title", "Báo cáo thử tải " + run).build();
            JsonObject answer = graphql(servers.get(drafts.size() % 2), REPORTER, "mutation($input: CreateReportInput!) {"
                    + " createReport(input: $input) { version report { id } } }", "{\"input\": " + input + "}");
            if (answer != null && !answer.containsKey("errors")) {
                JsonObject payload = answer.getJsonObject("data").getJsonObject("createReport");
                drafts.add(new Draft(payload.getJsonObject("report").getString("id"), payload.getInt("version")));
            }
            if (++quarter > 4) {
                quarter = 1;
                year++;
            }
        }
        if (drafts.size() < count) {
            throw new IllegalStateException("could not create " + count + " drafts: " + failures);
        }
        failures.clear();
    }

    private void verify() {
        for (Draft draft : drafts) {
            JsonObject first = null;
            for (URI server : servers) {
                JsonObject answer = graphql(server, REPORTER, "{ report(id: \"" + draft.id + "\") { version title } }", null);
                if (answer == null) {
                    continue;
                }
                JsonObject report = answer.getJsonObject("data").getJsonObject("report");
                long expected = draft.startVersion + draft.acknowledged.get();
                if (report.getInt("version") != expected) {
                    failures.add("report " + draft.id + " on " + server + ": version " + report.getInt("version") + ", expected "
                            + draft.startVersion + " + " + draft.acknowledged.get() + " acknowledged edits = " + expected);
                }
                if (draft.lastTitle != null && !report.getString("title").equals(draft.lastTitle)) {
                    failures.add("report " + draft.id + " on " + server + ": title '" + report.getString("title")
                            + "', the last acknowledged edit was '" + draft.lastTitle + "'");
                }
                if (first != null && !first.equals(report)) {
                    failures.add("report " + draft.id + " differs between the servers: " + first + " / " + report);
                }
                first = report;
            }
        }
        long expectedRows = importedRows.values().stream().mapToLong(Integer::longValue).sum();
        for (URI server : servers) {
            JsonObject answer = graphql(server, ADMIN, "{ dossiers(filter: {code: {startsWith: \"MIX-" + run + "-\"}}) { totalCount } }", null);
            if (answer != null) {
                long found = answer.getJsonObject("data").getJsonObject("dossiers").getInt("totalCount");
                System.out.printf(Locale.ROOT, "dossiers of the run on %s: %d (expected %d, %d imports succeeded)%n",
                        server, found, expectedRows, importedRows.size());
                if (found != expectedRows) {
                    failures.add("dossiers of the run on " + server + ": " + found + ", expected " + expectedRows);
                }
            }
        }
        for (Draft draft : drafts) {
            System.out.printf(Locale.ROOT, "report %s: version %d + %d acknowledged edits%n", draft.id, draft.startVersion,
                    draft.acknowledged.get());
        }
    }

    /** Stack-trace lines ({@code \tat ...}) and error entries naming an exception appended to a server's log since the start. */
    private void scanLog(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String appended = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
        int traces = 0;
        int errors = 0;
        for (String line : appended.split("\n")) {
            if (line.startsWith("\tat ")) {
                traces++;
            } else if (line.matches("^\\[[^]]+] \\S+ \\S+ +E .*") && line.contains("Exception")) {
                errors++;
                if (errors <= 5) {
                    failures.add(log + ": " + line.substring(0, Math.min(300, line.length())));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d stack-trace lines, %d error entries naming an exception (%d bytes written during the run)%n",
                log, traces, errors, appended.length());
        if (traces > 0) {
            failures.add(log + ": " + traces + " stack-trace lines");
        }
    }

    // ---- HTTP

    /** The parsed answer of a GraphQL request, or null (counted as a failure) unless it is 200 with a JSON body. */
    private JsonObject graphql(URI server, String authorization, String query, String variablesJson) {
        String body = "{\"query\": " + Json.createValue(query) + (variablesJson == null ? "" : ", \"variables\": " + variablesJson) + "}";
        HttpResponse<String> response = post(server.resolve("graphql"), body, authorization, "application/json");
        if (response.statusCode() != 200) {
            failures.add("POST " + server + "graphql " + response.statusCode() + ": " + response.body().substring(0, Math.min(300, response.body().length())));
            return null;
        }
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        JsonValue data = answer.get("data");
        if (!answer.containsKey("errors") && (data == null || data == JsonValue.NULL)) {
            failures.add("POST " + server + "graphql: no data " + answer);
            return null;
        }
        return answer;
    }

    private HttpResponse<String> post(URI uri, String body, String authorization, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Content-Type", contentType)
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            counts.computeIfAbsent("HTTP " + response.statusCode() / 100 + "xx", k -> new AtomicLong()).incrementAndGet();
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("POST " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void record(String operation, long nanos, String outcome) {
        latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(nanos);
        counts.computeIfAbsent(operation + " " + outcome, k -> new AtomicLong()).incrementAndGet();
    }

    private void print(double elapsed) {
        System.out.printf(Locale.ROOT, "%n%.1f s of load%n", elapsed);
        System.out.println("| operation | requests | ok | conflict | failed | p50 ms | p95 ms | max ms | per s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String operation : List.of("read dashboard", "read list", "edit draft", "import upload", "import job")) {
            List<Long> nanos = new ArrayList<>(latencies.getOrDefault(operation, new ConcurrentLinkedQueue<>()));
            if (nanos.isEmpty()) {
                continue;
            }
            Collections.sort(nanos);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.2f |%n", operation, nanos.size(),
                    count(operation + " ok"), count(operation + " conflict"), count(operation + " failed"),
                    GraphQLBenchmark.percentile(nanos, 50) / 1e6, GraphQLBenchmark.percentile(nanos, 95) / 1e6,
                    nanos.get(nanos.size() - 1) / 1e6, nanos.size() / elapsed);
        }
        System.out.printf(Locale.ROOT, "HTTP answers: 2xx %d, 4xx %d, 5xx %d (the set-up and checks included)%n",
                count("HTTP 2xx"), count("HTTP 4xx"), count("HTTP 5xx"));
        if (count("HTTP 5xx") > 0) {
            failures.add(count("HTTP 5xx") + " answers were 5xx");
        }
    }

    private long count(String key) {
        AtomicLong n = counts.get(key);
        return n == null ? 0 : n.get();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI base(String url) {
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8));
    }
}
