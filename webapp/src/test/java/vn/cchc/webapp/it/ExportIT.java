package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The export endpoint over HTTP: the first list of a query's answer as CSV or XLSX, every page of it for a query in the
 * paging shape, under the API's own limits and roles and the export's cap on rows.
 * The exports are asked by the analyst (HTTP Basic) and checked against the API's answers to the analyst.
 */
class ExportIT extends DeployedApplication {

    private static final String DEPARTMENTS = """
            query($period: PeriodInput!) {
              dossierStatistics(period: $period, groupBy: [UNIT_SUBTREE], filter: {unit: {within: "MH-TINH"}}, subtrees: {within: "MH-TINH", kind: {eq: DEPARTMENT}}) {
                subtree { code name } received onTimeRate { percent } } }""";
    private static final String Q3_2024 = "{\"period\": {\"type\": \"QUARTER\", \"year\": 2024, \"number\": 3}}";

    private static final String USER = GraphQLClient.ANALYST;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> export(String parameters, String body) throws IOException, InterruptedException {
        return exportAs(GraphQLClient.basic(USER), parameters, body);
    }

    /** An export request with this Authorization header, or none when it is null. */
    private HttpResponse<byte[]> exportAs(String authorization, String parameters, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "export" + parameters))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<JsonObject> departments() {
        return GraphQLClient.json(client.as(USER).postRaw(GraphQLClient.body(DEPARTMENTS, Q3_2024))).getJsonObject("data")
                .getJsonArray("dossierStatistics").getValuesAs(JsonObject.class);
    }

    @Test
    void shouldAnswerTheFirstListAsCsvWithByteOrderMarkAndPathColumns() throws Exception {
        HttpResponse<byte[]> response = export("?format=csv&filename=departments-2024-Q3", GraphQLClient.body(DEPARTMENTS, Q3_2024));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"departments-2024-Q3.csv\"");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("subtree.code,subtree.name,received,onTimeRate.percent");
        List<JsonObject> expected = departments();
        assertThat(lines).hasSize(expected.size() + 1).hasSize(21);
        for (int i = 0; i < expected.size(); i++) {
            JsonObject row = expected.get(i);
            String name = row.getJsonObject("subtree").getString("name");
            assertThat(lines.get(i + 1)).startsWith(row.getJsonObject("subtree").getString("code") + ","
                    + (name.contains(",") ? '"' + name + '"' : name) + "," + row.getInt("received") + ",");
        }
        assertThat(csv).contains("\r\n").contains("\"Sở Văn hóa, Thể thao và Du lịch tỉnh Minh Họa\"");
    }

    @Test
    void shouldAnswerTheSameListAsAnXlsxWorkbook() throws Exception {
        HttpResponse<byte[]> response = export("?format=xlsx", GraphQLClient.body(DEPARTMENTS, Q3_2024));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"cchc-export.xlsx\"");
        Map<String, String> parts = zipParts(response.body());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("r=\"A21\"").doesNotContain("r=\"A22\"");
        assertThat(sheet).contains("<v>" + departments().get(0).getInt("received") + "</v>");
    }

    private static Map<String, String> zipParts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    private static final String PROVINCE_PROCEDURES = """
            query($after: String) {
              procedures(filter: {competentUnit: {within: "MH-TINH"}}, first: 100, after: $after) {
                pageInfo { hasNextPage endCursor } nodes { code competentUnit { code } } } }""";

    @Test
    void shouldExportEveryPageOfAListAskedInThePagingShape() throws Exception {
        int total = client.as(USER).data("{ procedures(filter: {competentUnit: {within: \"MH-TINH\"}}) { totalCount } }")
                .getJsonObject("procedures").getInt("totalCount");
        assertThat(total).as("a list of several pages").isGreaterThan(200);

        HttpResponse<byte[]> response = export("?format=csv", GraphQLClient.body(PROVINCE_PROCEDURES, "{}"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,competentUnit.code");
        assertThat(lines).hasSize(total + 1);
        List<String> expected = client.as(USER).allNodes(PROVINCE_PROCEDURES, "procedures").stream()
                .map(p -> p.getString("code") + "," + p.getJsonObject("competentUnit").getString("code")).toList();
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected).doesNotHaveDuplicates();

        HttpResponse<byte[]> xlsx = export("?format=xlsx", GraphQLClient.body(PROVINCE_PROCEDURES, "{}"));
        String sheet = zipParts(xlsx.body()).get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("r=\"A" + (total + 1) + "\"").doesNotContain("r=\"A" + (total + 2) + "\"");
    }

    @Test
    void shouldExportOnePageOfAQueryWithoutAfter() throws Exception {
        String onePage = PROVINCE_PROCEDURES.replace("query($after: String)", "").replace(", after: $after", "");
        HttpResponse<byte[]> response = export("?format=csv", GraphQLClient.body(onePage, "{}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8).substring(1).lines()).hasSize(100 + 1);
    }

    @Test
    void shouldRefuseAListLongerThanTheCapRatherThanCutIt() throws Exception {
        // the test server's cap is 1000 rows (src/test/liberty/config/server.env); the demo province has 3000 dossiers
        String dossiers = """
                query($after: String) { dossiers(filter: {unit: {within: "MH-TINH"}}, first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor } nodes { code } } }""";
        HttpResponse<byte[]> response = export("?format=csv", GraphQLClient.body(dossiers, "{}"));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject error = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject()
                .getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("EXPORT_TOO_LARGE");
        assertThat(error.getJsonObject("extensions").getInt("limit")).isEqualTo(1000);
        assertThat(error.getString("message")).contains("1000");
    }

    @Test
    void shouldRefuseWhatTheApiRefusesWithItsErrors() throws Exception {
        HttpResponse<byte[]> tooWide = export("?format=csv", "{\"query\": \"{ units(first: 101) { nodes { code } } }\"}");
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(new String(tooWide.body(), StandardCharsets.UTF_8)).contains("\"code\":\"BAD_USER_INPUT\"", "\"limit\":100");

        HttpResponse<byte[]> failed = export("?format=csv", """
                {"query": "{ observationSeries(indicatorCode: \\"ISO_9001_2015_ADOPTION\\", units: {code: {eq: \\"NA\\"}}, rollUp: true, from: {type: QUARTER, year: 2022, number: 1}) { points { value { value } } } }"}""");
        assertThat(failed.statusCode()).isEqualTo(422);
        assertThat(new String(failed.body(), StandardCharsets.UTF_8)).contains("NOT_ADDITIVE");
    }

    @Test
    void shouldAnswerTheApisUnauthenticatedErrorToAnAnonymousExportOfAProtectedList() throws Exception {
        JsonObject refused = GraphQLClient.json(client.anonymous().postRaw(GraphQLClient.body(DEPARTMENTS, Q3_2024)));
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("UNAUTHENTICATED");

        HttpResponse<byte[]> response = exportAs(null, "?format=csv", GraphQLClient.body(DEPARTMENTS, Q3_2024));
        assertThat(response.statusCode()).as("a request that ran with errors").isEqualTo(422);
        JsonObject answer = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo(refused.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void shouldLetAnAnonymousCallerExportTheApprovedReportsItMayRead() throws Exception {
        String query = "{ reports(filter: {unit: {code: {startsWith: \"MH-\"}}, period: {year: {eq: 2025}}}, first: 100) { nodes { id status } } }";
        HttpResponse<byte[]> response = exportAs(null, "?format=csv", GraphQLClient.body(query, "{}"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        List<JsonObject> readable = client.anonymous().data(query).getJsonObject("reports").getJsonArray("nodes")
                .getValuesAs(JsonObject.class);
        assertThat(readable).isNotEmpty().allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("APPROVED"));
        assertThat(lines).containsExactlyElementsOf(Stream.concat(Stream.of("id,status"),
                readable.stream().map(r -> r.getString("id") + "," + r.getString("status"))).toList());
        assertThat(client.as(USER).data(query).getJsonObject("reports").getJsonArray("nodes"))
                .as("the analyst also reads the reports awaiting approval").hasSizeGreaterThan(readable.size());
    }

    @Test
    void shouldRefuseAnUnknownFormatAndAnAnswerWithoutAList() throws Exception {
        HttpResponse<byte[]> pdf = export("?format=pdf", "{\"query\": \"{ units { nodes { code } } }\"}");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("format must be csv or xlsx");
        HttpResponse<byte[]> noList = export("?format=csv", "{\"query\": \"{ unit(code: \\\"NA\\\") { code name } }\"}");
        assertThat(noList.statusCode()).isEqualTo(400);
        assertThat(new String(noList.body(), StandardCharsets.UTF_8)).contains("no list to export");
    }
}
