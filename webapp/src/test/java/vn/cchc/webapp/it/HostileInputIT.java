package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run against the deployed server, on loopback only: a few hundred malformed and hostile requests,
 * generated from a fixed seed (the same every run). None may get a 5xx, none may show a stack trace, a Java class or
 * a server message code, the server must still answer afterwards, and nothing may have been written. Unauthorised
 * callers must get the same answer whether or not the id they name exists.
 */
class HostileInputIT extends DeployedApplication {

    private static final long SEED = 20261201L;
    /** The run stops sending after this long, whatever is left: the suite's time is bounded. */
    private static final Duration BUDGET = Duration.ofSeconds(120);
    private static final List<String> LEAKS = List.of("Exception", "java.", "javax.", "jakarta.", "vn.cchc", "\tat ", "SRVE", "CWWK",
            "graphql.", "org.eclipse", "io.smallrye", "Caused by");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One request: how it is sent, and what it is meant to try. */
    private record Probe(String what, String method, String path, Map<String, String> headers, byte[] body) {
    }

    private final Random random = new Random(SEED);
    private final List<Probe> probes = new ArrayList<>();

    private static Map<String, String> json() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private void post(String what, String body) {
        post(what, json(), body);
    }

    private void post(String what, Map<String, String> headers, String body) {
        probes.add(new Probe(what, "POST", "graphql", headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void query(String what, String query) {
        post(what, Json.createObjectBuilder().add("query", query).build().toString());
    }

    private void query(String what, String query, String variablesJson) {
        post(what, "{\"query\": " + Json.createValue(query) + ", \"variables\": " + variablesJson + "}");
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        String alphabet = "{}[]():,\"'\\$@!.…#%&*_-+=/<>?~`|^ \n\t\u0000\u2028ăâđêôơưĐ∑😀";
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }

    /** Bodies that are not a well-formed GraphQL-over-HTTP request. */
    private void malformedBodies() {
        for (String body : List.of("", " ", "{", "}", "[]", "null", "true", "42", "\"query\"", "{\"query\": 1}", "{\"query\": null}",
                "{\"query\": \"\"}", "{\"query\": \"{\"}", "{\"query\": []}", "{\"query\": {}}", "{\"Query\": \"{ __typename }\"}",
                "{\"query\": \"{ __typename }\", \"variables\": []}", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
                "{\"query\": \"{ __typename }\", \"operationName\": 5}", "{\"query\": \"{ __typename }\", \"extensions\": 1}",
                "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\",}", "{'query': '{ __typename }'}",
                "\uFEFF{\"query\": \"{ __typename }\"}", "{\"query\": \"{ __typename }\", \"query\": \"{ units }\"}",
                "{\"query\": \"{ units(first: 1e400) { totalCount } }\"}", "{\"query\": \"\\ud800\"}",
                "{\"query\": \"query($n: Int) { units(first: $n) { totalCount } }\", \"variables\": {\"n\": 1e400}}",
                "{\"query\": \"query($n: Int) { units(first: $n) { totalCount } }\", \"variables\": {\"n\": 99999999999999999999}}",
                "{\"query\": \"query($n: Int) { units(first: $n) { totalCount } }\", \"variables\": {\"n\": -0.5}}")) {
            post("malformed body " + body, body);
        }
        probes.add(new Probe("invalid UTF-8", "POST", "graphql", json(), new byte[] {'{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        probes.add(new Probe("UTF-16 body", "POST", "graphql", json(),
                "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_16)));
        String deepArrays = "[".repeat(50_000) + "]".repeat(50_000);
        post("JSON arrays nested 50,000 deep in variables", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + deepArrays + "}}");
        post("JSON objects nested 70 deep in variables", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": "
                + "{\"a\": ".repeat(70) + "1" + "}".repeat(70) + "}}");
        post("JSON nested 50,000 deep as the body", deepArrays);
        StringBuilder manyKeys = new StringBuilder("{\"query\": \"{ __typename }\", \"variables\": {");
        for (int i = 0; i < 20_000; i++) {
            manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": ").append(i);
        }
        post("20,000 variables", manyKeys.append("}}").toString());
        post("a body of 5 MB", "{\"query\": \"{ __typename }\", \"x\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}");
        String valid = "{\"query\": \"query Q($code: String!) { unit(code: $code) { code name children(first: 2) { nodes { code } } } }\", "
                + "\"variables\": {\"code\": \"NA-SKHCN\"}, \"operationName\": \"Q\"}";
        for (int i = 0; i < 80; i++) { // a valid request with a few characters changed
            char[] chars = valid.toCharArray();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                chars[random.nextInt(chars.length)] = randomText(1).charAt(0);
            }
            post("mutated request #" + i, new String(chars));
        }
        for (int i = 0; i < 20; i++) {
            post("random text #" + i, randomText(1 + random.nextInt(300)));
        }
    }

    /** Well-formed requests whose GraphQL is hostile: deep, wide, cyclic, injected, out of range. */
    private void hostileQueries() {
        query("fields nested 300 deep", "{ unit(code: \"NA\") " + "{ parent ".repeat(300) + "{ code }" + " }".repeat(300) + " }");
        query("filters nested 300 deep in the query", "{ units(filter: " + "{and: [".repeat(300) + "{code: {eq: \"NA\"}}"
                + "]}".repeat(300) + ") { totalCount } }");
        query("filters nested 20 deep in variables", "query($f: UnitFilter) { units(filter: $f) { totalCount } }",
                "{\"f\": " + "{\"not\": ".repeat(20) + "{\"code\": {\"eq\": \"NA\"}}" + "}".repeat(20) + "}");
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            aliases.append(" a").append(i).append(": __typename");
        }
        query("5,000 aliases", aliases.append(" }").toString());
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            wide.append(" u").append(i).append(": units(first: 100) { nodes { code } }");
        }
        query("300 full pages in one query", wide.append(" }").toString());
        query("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        StringBuilder laughs = new StringBuilder("{ units(first: 1) { nodes { ...F20 } } } fragment F0 on Unit { code }");
        for (int i = 1; i <= 20; i++) {
            laughs.append(" fragment F").append(i).append(" on Unit { a: code ...F").append(i - 1).append(" b: name ...F").append(i - 1).append(" }");
        }
        query("fragments doubling 20 times", laughs.toString());
        query("introspection 100 times", "{" + " __schema { types { name } }".repeat(100) + " }");
        query("ofType 60 deep", "{ __type(name: \"Unit\") { " + "ofType { ".repeat(60) + "name" + " }".repeat(60) + " } }");
        query("unknown directive", "{ __typename @nope }");
        query("directive argument of the wrong type", "{ __typename @include(if: \"yes\") }");
        query("two anonymous operations", "{ __typename } { __typename }");
        query("unknown operation name", "query A { __typename }");
        query("subscription", "subscription { __typename }");
        query("a string of 1 MB", "{ unit(code: \"" + "x".repeat(1_000_000) + "\") { code } }");
        query("30,000 tokens", "{" + " __typename".repeat(30_000) + " }");
        for (String value : List.of("' OR 1=1 --", "NA'; DROP TABLE UNIT; --", "%", "_", "\\", "\u0000", "${jndi:ldap://127.0.0.1/x}",
                "<script>alert(1)</script>", "../../../../etc/passwd", "NA\u0301", "a".repeat(10_000), "😀", "\uFFFF")) {
            String quoted = Json.createValue(value).toString();
            query("injection in a code " + value, "query($v: String!) { unit(code: $v) { code } procedure(code: $v) { code } "
                    + "indicator(code: $v) { code } dossier(unitCode: $v, code: $v) { code } }", "{\"v\": " + quoted + "}");
            query("injection in a search " + value, "query($v: String!) { units(filter: {search: $v}) { totalCount } "
                    + "documents(filter: {search: $v}) { totalCount } reports(filter: {search: $v}) { totalCount } }", "{\"v\": " + quoted + "}");
            query("injection in a document number " + value, "query($v: String!) { document(number: $v) { number } }", "{\"v\": " + quoted + "}");
            query("injection in a cursor " + value, "query($v: String) { units(after: $v) { totalCount } }", "{\"v\": " + quoted + "}");
            query("injection in an id " + value, "query($v: ID!) { report(id: $v) { id } importJob(id: $v) { id } }", "{\"v\": " + quoted + "}");
        }
        for (String first : List.of("-1", "0", "101", "2147483647", "2147483648", "1.5", "\"10\"", "null", "true")) {
            query("first " + first, "{ units(first: " + first + ") { totalCount } }");
        }
        String cursor = client.data("{ units(first: 2) { pageInfo { endCursor } } }").getJsonObject("units").getJsonObject("pageInfo")
                .getString("endCursor");
        for (int i = 0; i < 20; i++) {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.replace('+', '-').replace('/', '_').replace("=", ""));
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            query("tampered cursor #" + i, "query($c: String) { units(after: $c) { totalCount nodes { code } } }",
                    "{\"c\": " + Json.createValue(Base64.getEncoder().encodeToString(bytes)) + "}");
        }
        for (String day : List.of("2022-02-30", "0000-00-00", "2022-13-01", "+999999999-12-31", "yesterday", "2022-1-1", "")) {
            query("date " + day, "{ documents(filter: {issuedOn: {gte: \"" + day + "\"}}) { totalCount } }");
            query("date variable " + day, "query($d: Date) { documents(filter: {issuedOn: {gte: $d}}) { totalCount } }",
                    "{\"d\": \"" + day + "\"}");
        }
        query("period out of range", "{ dossierStatistics(period: {type: QUARTER, year: 99999, number: 9}) { received } }");
        query("variables of the wrong type", "query($n: Int, $s: String!) { units(first: $n, filter: {code: {eq: $s}}) { totalCount } }",
                "{\"n\": \"many\", \"s\": {\"a\": 1}}");
        query("an undeclared variable", "{ units(first: $n) { totalCount } }", "{\"n\": 1}");
    }

    /**
     * Requests that are not POSTs of JSON to /graphql, and paths the WAR does not serve. Liberty's own applications
     * (/health, /metrics) are not the WAR's, and answer with the server's pages.
     */
    private void otherRequests() {
        byte[] request = "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            for (String path : List.of("graphql", "graphql/schema.graphql", "export", "import/dossiers", "health/ready")) {
                probes.add(new Probe(method + " /" + path, method, path, json(), method.equals("GET") ? null : request));
            }
        }
        for (String query : List.of("", "query=", "query=%7B", "query=mutation%20%7B%20__typename%20%7D", "query=%7B__typename%7D&variables=%5B",
                "query=%7B__typename%7D&query=%7B__typename%7D", "query=%7B__typename%7D&variables=" + "%5B".repeat(100) + "%5D".repeat(100),
                "query=%7B__typename%7D&extensions=1", "operationName=%00")) {
            probes.add(new Probe("GET /graphql?" + query.substring(0, Math.min(60, query.length())), "GET", "graphql?" + query,
                    Map.of("Accept", "application/json"), null));
        }
        for (String type : List.of("text/plain", "application/json; charset=iso-8859-1", "application/graphql",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ";;;", "application/json; charset=")) {
            probes.add(new Probe("content type " + type, "POST", "graphql", Map.of("Content-Type", type), request));
        }
        probes.add(new Probe("no content type", "POST", "graphql", Map.of(), request));
        for (String accept : List.of("text/html", ";;;", "application/json;q=abc", "*/*;q=0", "application/graphql-response+json;q=2")) {
            probes.add(new Probe("accept " + accept, "POST", "graphql", with(json(), "Accept", accept), request));
        }
        for (String authorization : List.of("Basic !!!", "Basic " + Base64.getEncoder().encodeToString("nobody:x".getBytes(StandardCharsets.UTF_8)),
                "Basic " + Base64.getEncoder().encodeToString("analyst:wrong".getBytes(StandardCharsets.UTF_8)),
                "Basic " + Base64.getEncoder().encodeToString("analyst".getBytes(StandardCharsets.UTF_8)),
                "Bearer x.y.z", "Bearer " + "a".repeat(5000), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "Negotiate abc")) {
            probes.add(new Probe("authorization " + authorization.substring(0, Math.min(30, authorization.length())), "POST", "graphql",
                    with(json(), "Authorization", authorization), request));
        }
        probes.add(new Probe("accept-language of 5,000 characters", "POST", "graphql", with(json(), "Accept-Language", "vi-".repeat(1_700)), request));
        for (String path : List.of("ingest/reports", "WEB-INF/web.xml", "WEB-INF/classes/META-INF/microprofile-config.properties",
                "graphql/../WEB-INF/web.xml", "%2e%2e/WEB-INF/web.xml", "static/%00", "explorer/nothing",
                "nothing.jsp", "graphql/nothing", "error")) {
            probes.add(new Probe("GET /" + path, "GET", path, Map.of("Accept", "text/html"), null));
            probes.add(new Probe("GET /" + path + " as JSON", "GET", path, Map.of("Accept", "application/json"), null));
        }
        for (String type : List.of("text/csv", "application/json", "application/octet-stream")) {
            probes.add(new Probe("anonymous dossier upload " + type, "POST", "import/dossiers", Map.of("Content-Type", type),
                    randomText(200).getBytes(StandardCharsets.UTF_8)));
        }
        for (String body : List.of("", "format=xlsx", "{\"query\": \"{ units { nodes { code } } }\", \"format\": \"pdf\"}", randomText(100))) {
            probes.add(new Probe("export " + body, "POST", "export", json(), body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Every mutation, with inputs that name things, sent by callers who may not write them. */
    private void unauthorisedWrites() {
        String[][] mutations = {
                {"createReport", "CreateReportInput", "{\"unitCode\": \"NA-SKHCN\", \"period\": {\"type\": \"QUARTER\", \"year\": 2031, \"number\": 1}, \"title\": \"x\"}"},
                {"approveReport", "ApproveReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"returnReport", "ReturnReportInput", "{\"reportId\": \"%s\", \"version\": 1, \"reason\": \"x\"}"},
                {"submitReport", "SubmitReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"reviseReport", "ReviseReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"renameUnit", "RenameUnitInput", "{\"code\": \"NA-SKHCN\", \"version\": 1, \"name\": \"x\"}"},
                {"createUnit", "CreateUnitInput", "{\"code\": \"NA-X\", \"parentCode\": \"NA\", \"name\": \"x\", \"kind\": \"DEPARTMENT\"}"}};
        for (GraphQLClient caller : List.of(client.anonymous(), client)) {
            for (String[] mutation : mutations) {
                for (String id : List.of("1", "999999999", "-1", "abc", "' OR 1=1 --")) {
                    String input = mutation[2].formatted(id.replace("'", "\\u0027"));
                    probes.add(new Probe((caller == client ? "analyst " : "anonymous ") + mutation[0] + " " + id, "POST", "graphql",
                            authorised(caller), body("mutation($input: " + mutation[1] + "!) { " + mutation[0] + "(input: $input) { version } }",
                            input)));
                }
            }
        }
    }

    private Map<String, String> authorised(GraphQLClient caller) {
        return caller == client ? with(json(), "Authorization", GraphQLClient.basic(GraphQLClient.ANALYST)) : json();
    }

    private static byte[] body(String query, String inputJson) {
        return GraphQLClient.body(query, "{\"input\": " + inputJson + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** What can be counted of everything a request could write, the audit trail included. */
    private JsonObject snapshot() {
        return client.as(GraphQLClient.ADMIN).data("""
                { units(first: 1) { totalCount } documents(first: 1) { totalCount } procedures(first: 1) { totalCount }
                  reports(first: 1) { totalCount } observations(first: 1) { totalCount } dossiers(first: 1) { totalCount }
                  planTasks(first: 1) { totalCount } importJobs(first: 1) { totalCount } auditTrail(first: 1) { totalCount } }""");
    }

    private HttpResponse<byte[]> send(Probe probe) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(probe.path()))
                .timeout(Duration.ofSeconds(30))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldAnswerHundredsOfHostileRequestsWithoutAServerErrorALeakOrAWrite() throws Exception {
        malformedBodies();
        hostileQueries();
        otherRequests();
        unauthorisedWrites();
        JsonObject before = snapshot();
        List<String> failures = new ArrayList<>();
        Instant deadline = Instant.now().plus(BUDGET);
        int sent = 0;
        for (Probe probe : probes) {
            if (Instant.now().isAfter(deadline)) {
                failures.add("the time budget ran out after " + sent + " of " + probes.size() + " requests");
                break;
            }
            HttpResponse<byte[]> response;
            try {
                response = send(probe);
            } catch (IOException noAnswer) {
                failures.add(probe.what() + ": no answer: " + noAnswer);
                continue;
            } finally {
                sent++;
            }
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() >= 500) {
                failures.add(probe.what() + ": " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
            }
            LEAKS.stream().filter(body::contains).findFirst().ifPresent(leak -> failures.add(probe.what() + ": the answer names " + leak
                    + ": " + body.substring(Math.max(0, body.indexOf(leak) - 80), Math.min(body.length(), body.indexOf(leak) + 120))));
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(failures).as("%d of %d requests", failures.size(), sent).isEmpty();
        assertThat(client.data("{ __typename }").getString("__typename")).as("the server still answers").isEqualTo("Query");
        assertThat(snapshot()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void shouldAnswerUnauthorisedCallersAlikeWhetherOrNotTheIdExists() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        // a draft of another department than the reporter's, which the reporter may not even read
        JsonObject draft = admin.post("{ reports(filter: {unit: {code: {eq: \"NA-SNV\"}}, status: {eq: DRAFT}}) { nodes { id version } } }")
                .getJsonObject("data").getJsonObject("reports").getJsonArray("nodes").stream().map(v -> v.asJsonObject()).findFirst()
                .orElseGet(() -> Writes.draft(admin, "NA-SNV", 2021, 2, "Báo cáo CCHC quý II năm 2021").getJsonObject("report"));
        String existing = draft.getString("id");
        String missing = "987654321";
        String[][] writes = {
                {"approveReport", "ApproveReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"returnReport", "ReturnReportInput", "{\"reportId\": \"%s\", \"version\": 1, \"reason\": \"Thiếu số liệu\"}"},
                {"submitReport", "SubmitReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"reviseReport", "ReviseReportInput", "{\"reportId\": \"%s\", \"version\": 1}"},
                {"updateReportHeading", "UpdateReportHeadingInput", "{\"reportId\": \"%s\", \"version\": 1, \"title\": \"x\"}"},
                {"replaceReportSections", "ReplaceReportSectionsInput", "{\"reportId\": \"%s\", \"version\": 1, \"sections\": []}"},
                {"recordObservations", "RecordObservationsInput", "{\"reportId\": \"%s\", \"version\": 1, \"observations\": []}"}};
        // the reporter works for NA-SKHCN: NA-SNV's report is not its own
        Map<String, String> expected = Map.of("anonymous", "UNAUTHENTICATED", GraphQLClient.ANALYST, "FORBIDDEN", GraphQLClient.REPORTER, "FORBIDDEN");
        for (String[] write : writes) {
            for (Map.Entry<String, String> caller : expected.entrySet()) {
                GraphQLClient sender = caller.getKey().equals("anonymous") ? client.anonymous() : client.as(caller.getKey());
                for (String id : List.of(existing, missing)) {
                    List<JsonObject> errors = Writes.refused(sender, write[0], write[1], write[2].formatted(id), "{ version }");
                    assertThat(errors).as("%s %s %s", caller.getKey(), write[0], id.equals(missing) ? "missing" : "existing")
                            .extracting(Writes::code).containsExactly(caller.getValue());
                }
            }
        }
        assertThat(admin.data("{ report(id: \"" + existing + "\") { status } }").getJsonObject("report").getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void shouldRefuseOversizedBodiesAndUnknownAddressesInTheApplicationsOwnWords() throws Exception {
        byte[] large = ("{\"query\": \"{ __typename }\", \"x\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // past the test server's cap on dossier files (24 MiB, server.env), which is larger than the API's on requests
        byte[] largeFile = "a".repeat(25 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        Map<String, String> reporter = with(json(), "Authorization", GraphQLClient.basic(GraphQLClient.REPORTER));
        for (Probe probe : List.of(new Probe("graphql", "POST", "graphql", reporter, large),
                new Probe("export", "POST", "export?format=csv", reporter, large),
                new Probe("dossier file", "POST", "import/dossiers", with(reporter, "Content-Type", "text/csv"), largeFile))) {
            HttpResponse<byte[]> response = send(probe);
            assertThat(response.statusCode()).as(probe.what()).isEqualTo(413);
            JsonObject error = answer(response).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getJsonObject("extensions").getString("code")).as(probe.what()).isEqualTo("REQUEST_TOO_LARGE");
        }
        HttpResponse<byte[]> deep = send(new Probe("deep", "POST", "graphql", json(),
                ("{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "[".repeat(65) + "]".repeat(65) + "}}").getBytes(StandardCharsets.UTF_8)));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(new String(deep.body(), StandardCharsets.UTF_8)).contains("REQUEST_TOO_LARGE").contains("64");
        for (String[] address : new String[][] {{"GET", "ingest/reports", "404", "NOT_FOUND"}, {"PATCH", "export", "405", "METHOD_NOT_ALLOWED"},
                {"DELETE", "import/dossiers", "405", "METHOD_NOT_ALLOWED"}, {"GET", "nothing.jsp", "404", "NOT_FOUND"}}) {
            HttpResponse<byte[]> asJson = send(new Probe(address[1], address[0], address[1], Map.of("Accept", "application/json"), null));
            String body = new String(asJson.body(), StandardCharsets.UTF_8);
            assertThat(asJson.statusCode()).as(address[1]).isEqualTo(Integer.parseInt(address[2]));
            assertThat(body).as(address[1]).contains("\"code\":\"" + address[3] + "\"").doesNotContain("SRVE").doesNotContain("Exception");
            HttpResponse<byte[]> asPage = send(new Probe(address[1], address[0], address[1], Map.of("Accept", "text/html"), null));
            assertThat(new String(asPage.body(), StandardCharsets.UTF_8)).as(address[1]).startsWith("<!DOCTYPE html>")
                    .contains("<h1>" + address[2] + "</h1>").doesNotContain("SRVE").doesNotContain("Exception");
        }
    }

    /** The JSON of an answer, which names nothing of how the server is built. */
    private static JsonObject answer(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(LEAKS).noneMatch(body::contains);
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }
}
