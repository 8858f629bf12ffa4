package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every query of the API follows: errors, nulls, paging, encoding, and the server's own endpoints. */
class ApiContractIT extends DeployedApplication {

    private JsonObject onlyError(String query) {
        JsonObject response = client.post(query);
        assertThat(response.getJsonArray("errors")).as("errors of %s", query).hasSize(1);
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        // no stack trace, exception or class name ever reaches a client
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("vn.cchc")
                .doesNotContain("\tat ");
        return error;
    }

    @Test
    void shouldAnswerUnknownCodesAndNumbersWithNullAndNoError() {
        JsonObject response = client.post("""
                { unit(code: "NO-SUCH-UNIT") { name } document(number: "999/2099/QĐ-UBND") { number }
                  procedure(code: "NONE") { name } indicator(code: "NONE") { code } report(id: "424242") { title }
                  dossier(unitCode: "NA-SKHCN-MC", code: "NONE") { code } }""");
        assertThat(response.get("errors")).isNull();
        JsonObject data = response.getJsonObject("data");
        assertThat(data.values()).hasSize(6).allMatch(v -> v == JsonValue.NULL);
    }

    @Test
    void shouldRejectANullCheckOfAValueThatIsNeverNullNamingItsPath() {
        JsonObject error = onlyError("{ observations(filter: {period: {number: {eq: 5}}, unit: {kind: {isNull: true}}}) { totalCount } }");
        assertThat(error.getString("message")).contains("filter.unit.kind.isNull").contains("never null");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldRejectAMalformedDocumentNumberNamingTheArgument() {
        JsonObject error = onlyError("{ document(number: \"56//QĐ\") { number } }");
        assertThat(error.getString("message")).contains("'number'").contains("56//QĐ");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_DOCUMENT_NUMBER");
    }

    @Test
    void shouldRejectPagesOverOneHundredAndForeignCursors() {
        JsonObject tooBig = onlyError("{ units(first: 101) { totalCount } }");
        assertThat(tooBig.getString("message")).contains("'first'").contains("101");
        assertThat(tooBig.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        JsonObject badCursor = onlyError("{ documents(after: \"not-a-cursor\") { totalCount } }");
        assertThat(badCursor.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void shouldCodeQueriesTheSchemaRejects() {
        JsonObject error = onlyError("{ units { nodes { noSuchField } } }");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("noSuchField");
        JsonObject syntax = onlyError("{ units { nodes { code } ");
        assertThat(syntax.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        JsonObject notJson = Json.createReader(new StringReader(client.postRaw("this is not json").body())).readObject();
        assertThat(notJson.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void shouldPageThroughAWholeListWithCursorsWithoutGapsOrRepeats() {
        // the sample's documents: the write tests record theirs in 2024, the demo province's plans are its own, and the
        // filter keeps the undated ones
        String sample = "filter: {not: {or: [{issuedOn: {gte: \"2024-01-01\"}}, {issuer: {within: \"MH-TINH\"}}]}}";
        int total = client.data("{ documents(" + sample + ") { totalCount } }").getJsonObject("documents").getInt("totalCount");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonObject page = client.data("{ documents(" + sample + ", first: 3" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { edges { cursor node { number } } pageInfo { hasNextPage endCursor } } }").getJsonObject("documents");
            page.getJsonArray("edges").getValuesAs(JsonObject.class)
                    .forEach(e -> seen.add(e.getJsonObject("node").getString("number") + "#" + e.getString("cursor")));
            more = page.getJsonObject("pageInfo").getBoolean("hasNextPage");
            after = page.getJsonObject("pageInfo").getString("endCursor", null);
            assertThat(seen.size()).as("paging must end").isLessThanOrEqualTo(total);
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(total).isEqualTo(16);
    }

    @Test
    void shouldFilterDocumentsByIssuerAndDateRange() {
        JsonObject data = client.data("""
                { documents(filter: {issuer: {code: {eq: "NA-UBND"}}, issuedOn: {gte: "2022-01-01", lte: "2022-01-31"}}) {
                    totalCount nodes { number issuedOn } } }""");
        assertThat(data.getJsonObject("documents").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number") + " " + d.getString("issuedOn"))
                .containsExactly("01/2022/QĐ-UBND 2022-01-05", "291/QĐ-UBND 2022-01-28", "64/KH-UBND 2022-01-28");
    }

    @Test
    void shouldNavigateBothWaysBetweenObservationsUnitsAndReports() {
        JsonObject data = client.data("""
                { indicator(code: "DOSSIERS_ONLINE") { observations(filter: {unit: {code: {eq: "NA-SKHCN"}}}) { nodes { unit { code parent { code parent { code } } }
                    report { unit { code } observations(filter: {indicator: {code: {eq: "DOSSIERS_ONLINE"}}}) { totalCount } } } } } }""");
        JsonObject o = data.getJsonObject("indicator").getJsonObject("observations").getJsonArray("nodes").getJsonObject(0);
        assertThat(o.getJsonObject("unit").getJsonObject("parent").getJsonObject("parent").getString("code")).isEqualTo("NA");
        assertThat(o.getJsonObject("report").getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        assertThat(o.getJsonObject("report").getJsonObject("observations").getInt("totalCount")).isEqualTo(1);
    }

    @Test
    void shouldSearchTheWayUsersTypeWithoutDiacritics() {
        // the seed's year only: ReportIngestionIT drafts copies of the seed report into 2018
        JsonObject data = client.data("""
                { homeAffairs: units(filter: {search: "So Noi vu", within: "NA"}) { nodes { code } }
                  science: units(filter: {search: "khoa hoc", within: "NA-UBND", kind: {eq: DEPARTMENT}}) { nodes { code } }
                  control: documents(filter: {search: "kiem soat thu tuc", issuer: {code: {eq: "NA-SKHCN"}}}) { totalCount }
                  radiation: procedures(filter: {search: "BUC XA"}) { nodes { code } }
                  reports(filter: {search: "cai cach hanh chinh quy i nam 2022", unit: {code: {eq: "NA-SKHCN"}},
                                   period: {year: {eq: 2022}}}) { totalCount } }""");
        assertThat(data.getJsonObject("homeAffairs").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("code")).containsExactly("NA-SNV");
        assertThat(data.getJsonObject("science").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("code")).containsExactly("NA-SKHCN");
        assertThat(data.getJsonObject("control").getInt("totalCount")).isEqualTo(3);
        assertThat(data.getJsonObject("radiation").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code")).contains("NA-SKHCN-NLNT-CCNVBX");
        assertThat(data.getJsonObject("reports").getInt("totalCount")).isEqualTo(1);
    }

    @Test
    void shouldAnswerPlansOfAnyDepartmentOfTheProvinceBetweenTwoDatesAboutProcedureControl() {
        // the province's figures of the seed's year: ReportIngestionIT drafts copies of the seed report into 2018
        JsonObject data = client.data("""
                { documents(filter: {kind: {eq: PLAN}, issuer: {within: "NA", kind: {eq: DEPARTMENT}},
                                     issuedOn: {gte: "2022-01-01", lte: "2022-03-31"}, search: "kiem soat thu tuc"},
                            orderBy: [{field: ISSUED_ON, direction: DESC}]) {
                    nodes { number issuedOn issuer { code } } }
                  provincesFigures: observations(filter: {unit: {kind: {eq: PROVINCE}, within: "NA"},
                                                          period: {year: {eq: 2022}}}) { nodes { indicator { code } } } }""");
        assertThat(data.getJsonObject("documents").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number") + " " + d.getString("issuedOn") + " " + d.getJsonObject("issuer").getString("code"))
                // latest first; 156 and 157 share a day, and the tie goes by id (the README shows this answer)
                .containsExactly("156/SKHCN-VP 2022-02-25 NA-SKHCN", "157/SKHCN-VP 2022-02-25 NA-SKHCN", "87/SKHCN-VP 2022-02-10 NA-SKHCN");
        assertThat(data.getJsonObject("provincesFigures").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonObject("indicator").getString("code")).containsExactly("ISO_9001_2015_ADOPTION");
    }

    @Test
    void shouldAcceptDocumentNumbersTypedLoosely() {
        JsonObject d = client.data("{ document(number: \" 96 / 2010 / nđ-cp \") { number } }").getJsonObject("document");
        assertThat(d.getString("number")).isEqualTo("96/2010/NĐ-CP");
    }

    @Test
    void shouldPublishTheSchemaInUtf8WithVietnameseDescriptions() throws Exception {
        HttpResponse<String> schema = client.get("graphql/schema.graphql");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElse("")).containsIgnoringCase("utf-8");
        assertThat(schema.body()).contains("type Unit").contains("type Report").contains("đơn vị").contains("văn bản")
                .contains("units(").contains("observations(");
        // standard tools accept it: every type it uses is declared
        GraphQLSchema parsed = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(schema.body()));
        assertThat(parsed.getQueryType().getFieldDefinition("observations")).isNotNull();
        assertThat(parsed.getType("Date")).isNotNull();
        // and so does graphql-js, which GraphiQL and the code generators build on
        Path sdl = Files.createTempFile("cchc-schema", ".graphql");
        Files.writeString(sdl, schema.body());
        Process check = new ProcessBuilder("node", System.getProperty("cchc.graphql-js.check"), sdl.toString())
                .redirectErrorStream(true).start();
        String verdict = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(verdict).isZero();
        assertThat(verdict).startsWith("valid:");
    }

    @Test
    void shouldReportReadinessWithTheDatabaseCheck() {
        HttpResponse<String> ready = client.get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("name"))
                .contains("database");
    }

    @Test
    void shouldServeMetrics() {
        HttpResponse<String> metrics = client.get("metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm");
    }
}
