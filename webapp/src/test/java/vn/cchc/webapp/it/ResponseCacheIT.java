package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The response cache end to end: a query asked again is answered from memory (extensions.cache HIT, the same bytes)
 * until a write changes what it could answer; a caller never receives an answer computed for other rights; errors,
 * mutations, introspection and import jobs are never kept; hits and misses are in /metrics. And HTTP's own caching
 * for a query by GET: an entity tag, 304 on If-None-Match, Cache-Control private for a signed-in caller and public
 * for an anonymous one.
 */
class ResponseCacheIT extends DeployedApplication {

    /** Every role of the development users, and anonymous (null). */
    private static final List<String> CALLERS = Arrays.asList(GraphQLClient.ADMIN, GraphQLClient.HOME_AFFAIRS,
            GraphQLClient.REPORTER, GraphQLClient.ANALYST, null);

    /** A document no other test sends: the cache starts cold for it. */
    private static String fresh(String query) {
        return "query Fresh" + UUID.randomUUID().toString().replace("-", "") + " " + query;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) {
        return GraphQLClient.sendAs(request.header("Accept", "application/graphql-response+json"), user);
    }

    private HttpResponse<String> post(String user, String query) {
        return send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GraphQLClient.body(query, "{}"), StandardCharsets.UTF_8)), user);
    }

    private HttpResponse<String> get(String user, String query, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request, user);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return GraphQLClient.json(response);
    }

    private static String cache(HttpResponse<String> response) {
        return json(response).getJsonObject("extensions").getString("cache");
    }

    /** The answer without its cache status: what must be the same on a hit. */
    private static String withoutCacheStatus(HttpResponse<String> response) {
        return response.body().replaceFirst(",\"cache\":\"(HIT|MISS)\"}}$", "}}");
    }

    @Test
    void shouldAnswerAQueryAskedAgainFromTheCacheUntilAWriteChangesIt() {
        String code = "NA-SKHCN-C" + System.nanoTime() % 1_000_000;
        String query = fresh("{ unit(code: \"" + code + "\") { code name } units(filter: {within: \"NA-SKHCN\"}, first: 100) { totalCount } }");
        HttpResponse<String> first = post(GraphQLClient.ANALYST, query);
        HttpResponse<String> second = post(GraphQLClient.ANALYST, query);
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(withoutCacheStatus(second)).isEqualTo(withoutCacheStatus(first));
        assertThat(json(first).getJsonObject("data").isNull("unit")).isTrue();
        int units = json(first).getJsonObject("data").getJsonObject("units").getInt("totalCount");

        JsonObject created = client.as(GraphQLClient.REPORTER).post("mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } } }",
                "{\"input\": {\"code\": \"" + code + "\", \"name\": \"Phòng thử bộ nhớ đệm\", \"kind\": \"DEPARTMENT_OFFICE\", \"parentCode\": \"NA-SKHCN\"}}");
        assertThat(created.getJsonObject("data").getJsonObject("createUnit").getJsonObject("unit").getString("code")).isEqualTo(code);

        HttpResponse<String> after = post(GraphQLClient.ANALYST, query);
        assertThat(cache(after)).as("the write advanced the data version").isEqualTo("MISS");
        assertThat(json(after).getJsonObject("data").getJsonObject("unit").getString("name")).isEqualTo("Phòng thử bộ nhớ đệm");
        assertThat(json(after).getJsonObject("data").getJsonObject("units").getInt("totalCount")).isEqualTo(units + 1);
        assertThat(cache(post(GraphQLClient.ANALYST, query))).isEqualTo("HIT");
    }

    @Test
    void shouldNeverGiveACallerAnAnswerComputedForOtherRights() {
        // what each role reads of the reports differs: all of them, those sent to Home Affairs and the own unit's, or
        // the approved ones alone; and the audit trail is for admins and Home Affairs
        // a draft of a unit outside the reporter's: every role reads a different set of reports
        String unit = "NA-SNV-R" + System.nanoTime() % 1_000_000;
        client.as(GraphQLClient.ADMIN).data("mutation { createUnit(input: {code: \"" + unit + "\", name: \"Phòng có báo cáo nháp\","
                + " kind: DEPARTMENT_OFFICE, parentCode: \"NA-SNV\"}) { unit { code } } }");
        Writes.draft(client.as(GraphQLClient.ADMIN), unit, 2022, 2, "Báo cáo nháp của phòng khác");
        String reports = fresh("{ reports(first: 100) { totalCount nodes { id status } } }");
        String audit = fresh("{ auditTrail(first: 1) { totalCount } }");
        Map<String, String> answers = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            HttpResponse<String> first = post(caller, reports);
            assertThat(cache(first)).as("%s asks what others asked before", caller).isEqualTo("MISS");
            HttpResponse<String> again = post(caller, reports);
            assertThat(cache(again)).isEqualTo("HIT");
            assertThat(withoutCacheStatus(again)).isEqualTo(withoutCacheStatus(first));
            answers.put(String.valueOf(caller), withoutCacheStatus(first));
        }
        // each answer is the one its rights give, as the API answers it with the cache bypassed by a fresh document
        for (String caller : CALLERS) {
            JsonObject uncached = json(post(caller, fresh("{ reports(first: 100) { totalCount nodes { id status } } }")));
            assertThat(Json.createReader(new StringReader(answers.get(String.valueOf(caller)))).readObject().getJsonObject("data"))
                    .as("%s's kept answer", caller).isEqualTo(uncached.getJsonObject("data"));
        }
        assertThat(new HashSet<>(answers.values())).as("all, the sent and the own unit's, the approved").hasSize(3);

        assertThat(cache(post(GraphQLClient.ADMIN, audit))).isEqualTo("MISS");
        assertThat(cache(post(GraphQLClient.ADMIN, audit))).isEqualTo("HIT");
        for (String caller : Arrays.asList(GraphQLClient.ANALYST, GraphQLClient.REPORTER, null)) {
            JsonObject refused = json(post(caller, audit));
            assertThat(refused.containsKey("data") && !refused.isNull("data")).as("%s reads no audit trail", caller).isFalse();
            assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isIn("FORBIDDEN", "UNAUTHENTICATED");
            assertThat(refused.getJsonObject("extensions").getString("cache")).isEqualTo("BYPASS");
        }
    }

    @Test
    void shouldNeverKeepErrorsMutationsIntrospectionOrImportJobs() {
        for (String query : List.of(fresh("{ importJobs(first: 5) { totalCount } }"), fresh("{ __schema { queryType { name } } }"),
                fresh("{ unit(code: \"NA\") { code } document(number: \"không có số\") { id } }"))) {
            post(GraphQLClient.ADMIN, query);
            assertThat(cache(post(GraphQLClient.ADMIN, query))).as(query).isEqualTo("BYPASS");
        }
        String mutation = "mutation { createUnit(input: {code: \"NA\", name: \"Trùng mã\", kind: PROVINCE}) { unit { code } } }";
        assertThat(cache(post(GraphQLClient.ADMIN, mutation))).isEqualTo("BYPASS");
        assertThat(cache(post(GraphQLClient.ADMIN, mutation))).isEqualTo("BYPASS");
    }

    @Test
    void shouldCountHitsAndMissesInTheMetrics() {
        long hits = metric("cchc_responseCache_hits_total");
        long misses = metric("cchc_responseCache_misses_total");
        String query = fresh("{ units(first: 3) { nodes { code } } }");
        post(GraphQLClient.ANALYST, query);
        post(GraphQLClient.ANALYST, query);
        post(GraphQLClient.ANALYST, query);
        assertThat(metric("cchc_responseCache_hits_total")).isGreaterThanOrEqualTo(hits + 2);
        assertThat(metric("cchc_responseCache_misses_total")).isGreaterThanOrEqualTo(misses + 1);
        assertThat(client.get("metrics?scope=application").body()).contains("cchc_responseCache_evictions_total")
                .contains("cchc_responseCache_entries").contains("cchc_responseCache_bytes");
    }

    private long metric(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E]+)$").matcher(client.get("metrics?scope=application").body());
        assertThat(value.find()).as(name).isTrue();
        return (long) Double.parseDouble(value.group(2));
    }

    @Test
    void shouldAnswerAGetWithAnEntityTagAndNotModifiedWhileTheAnswerIsTheSame() {
        String query = fresh("{ units(filter: {within: \"NA-SKHCN\"}, first: 100) { totalCount nodes { code name } } }");
        HttpResponse<String> first = get(GraphQLClient.ANALYST, query, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(first.headers().allValues("Vary").toString()).contains("Authorization");

        HttpResponse<String> revalidated = get(GraphQLClient.ANALYST, query, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(GraphQLClient.ANALYST, query, "W/\"something-else\"").statusCode()).isEqualTo(200);

        // a write elsewhere leaves this answer as it was: still 304; one that changes it: 200 with a new tag
        client.as(GraphQLClient.ADMIN).post("mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } } }",
                "{\"input\": {\"code\": \"NA-SNV-E" + System.nanoTime() % 1_000_000 + "\", \"name\": \"Phòng khác\", \"kind\": \"DEPARTMENT_OFFICE\", \"parentCode\": \"NA-SNV\"}}");
        HttpResponse<String> unchanged = get(GraphQLClient.ANALYST, query, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        client.as(GraphQLClient.REPORTER).post("mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } } }",
                "{\"input\": {\"code\": \"NA-SKHCN-E" + System.nanoTime() % 1_000_000 + "\", \"name\": \"Phòng mới\", \"kind\": \"DEPARTMENT_OFFICE\", \"parentCode\": \"NA-SKHCN\"}}");
        HttpResponse<String> changed = get(GraphQLClient.ANALYST, query, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
        assertThat(cache(changed)).isEqualTo("MISS");
    }

    @Test
    void shouldLetProxiesKeepAnAnonymousAnswerOnlyAndNeverAnError() {
        String query = fresh("{ reports(first: 5) { totalCount } }");
        HttpResponse<String> anonymous = get(null, query, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(get(GraphQLClient.REPORTER, query, null).headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        HttpResponse<String> refused = get(GraphQLClient.ANALYST, fresh("{ auditTrail(first: 1) { totalCount } }"), null);
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
