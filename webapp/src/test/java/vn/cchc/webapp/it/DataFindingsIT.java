package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.of;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.sampledata.demo.PlantedContradictions;
import vn.cchc.sampledata.demo.PlantedContradictions.Plant;

/**
 * Data-quality findings end to end: the seed's 5 public service units against the 4 it lists; the demo province's
 * planted contradictions, each found where it was planted and nothing found anywhere else; a report checked as it is
 * sent, and its findings resolved once it is corrected; moving a finding; the ranking. Quarters of 2013 for the
 * report written here, which no other test writes.
 */
class DataFindingsIT extends DeployedApplication {

    private static final String FINDING = "id version rule { code severity } severity status unit { code } period { year quarter } "
            + "reportId message messageVi messageEn evidence { kind reference text } comment statusChangedBy";

    private List<JsonObject> findings(GraphQLClient caller, String filter) {
        List<JsonObject> all = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = caller.data("{ dataFindings(filter: " + filter + ", first: 100"
                    + (after == null ? "" : ", after: \"" + after + "\"") + ") { nodes { " + FINDING + " } pageInfo { hasNextPage endCursor } } }")
                    .getJsonObject("dataFindings");
            all.addAll(page.getJsonArray("nodes").getValuesAs(JsonObject.class));
            after = page.getJsonObject("pageInfo").getBoolean("hasNextPage") ? page.getJsonObject("pageInfo").getString("endCursor") : null;
        } while (after != null);
        return all;
    }

    private static String where(JsonObject f) {
        return f.getJsonObject("unit").getString("code") + " " + f.getJsonObject("period").getInt("year") + "Q"
                + f.getJsonObject("period").getInt("quarter");
    }

    @Test
    void shouldFindTheSeedsFivePublicServiceUnitsAgainstTheFourItListsAndNothingElse() {
        List<JsonObject> seed = findings(client.as(GraphQLClient.ANALYST),
                "{unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}");

        assertThat(seed).singleElement().satisfies(f -> {
            assertThat(f.getJsonObject("rule").getString("code")).isEqualTo("LISTED_UNITS_MISMATCH");
            assertThat(f.getString("severity")).isEqualTo("ERROR");
            assertThat(f.getString("messageVi")).isEqualTo("Báo cáo 5 đơn vị sự nghiệp công lập nhưng liệt kê 4 đơn vị trực thuộc NA-SKHCN");
            assertThat(f.getString("message")).as("Vietnamese by default").isEqualTo(f.getString("messageVi"));
            List<JsonObject> evidence = f.getJsonArray("evidence").getValuesAs(JsonObject.class);
            assertThat(evidence.get(0).getString("kind")).isEqualTo("OBSERVATION");
            assertThat(evidence.get(0).getString("text")).endsWith(": 5.0");
            assertThat(evidence.subList(1, evidence.size())).extracting(e -> e.getString("kind") + " " + e.getString("reference"))
                    .containsExactlyInAnyOrder("UNIT NA-SKHCN-TTUD", "UNIT NA-SKHCN-TTTT", "UNIT NA-SKHCN-TTKT", "UNIT NA-SKHCN-TTXH");
            String reportId = f.getString("reportId");
            JsonObject report = client.as(GraphQLClient.ANALYST).data("{ report(id: \"" + reportId + "\") { unit { code } period { year quarter } "
                    + "observations(filter: {indicator: {code: {eq: \"PUBLIC_SERVICE_UNITS\"}}}) { nodes { id value } } } }")
                    .getJsonObject("report");
            assertThat(report.getJsonObject("observations").getJsonArray("nodes").getJsonObject(0).getString("id"))
                    .as("the evidence names the figure").isEqualTo(evidence.get(0).getString("reference"));
        });
        JsonObject english = client.as(GraphQLClient.ANALYST).inLanguage("en").data("{ dataFinding(id: \"" + seed.get(0).getString("id")
                + "\") { message rule { description } } }").getJsonObject("dataFinding");
        assertThat(english.getString("message")).isEqualTo("Reports 5 public service units but lists 4 below NA-SKHCN");
        assertThat(english.getJsonObject("rule").getString("description")).startsWith("The number of public service units");
    }

    @Test
    void shouldFindEveryPlantedContradictionOfTheDemoProvinceAndNothingWhereNoneWasPlanted() {
        List<JsonObject> demo = findings(client.as(GraphQLClient.HOME_AFFAIRS), "{unit: {within: \"MH-TINH\"}, period: {year: {lte: 2025}}}");
        Set<String> found = demo.stream().map(f -> where(f) + " " + f.getJsonObject("rule").getString("code")).collect(Collectors.toSet());
        Set<String> planted = PlantedContradictions.ALL.stream()
                .map(p -> p.unitCode() + " " + p.period().year() + "Q" + p.period().number()).collect(Collectors.toSet());

        assertThat(PlantedContradictions.ALL).allSatisfy(p -> assertThat(found)
                .as("%s: %s", p.rule(), p.what()).contains(p.unitCode() + " " + p.period().year() + "Q" + p.period().number() + " " + p.rule()));
        assertThat(demo).as("nothing found where nothing was planted")
                .allSatisfy(f -> assertThat(planted).as(f.toString()).contains(where(f)));
        assertThat(demo.stream().map(f -> f.getJsonObject("rule").getString("code")).collect(Collectors.toSet()))
                .as("every rule the generator's data can break").hasSize(PlantedContradictions.ALL.size());

        Plant late = PlantedContradictions.ALL.stream().filter(p -> p.rule().equals("REPORTED_AFTER_DUE")).findFirst().orElseThrow();
        assertThat(demo).filteredOn(f -> f.getJsonObject("rule").getString("code").equals("REPORTED_AFTER_DUE")).singleElement()
                .satisfies(f -> assertThat(f.getString("messageVi")).isEqualTo(late.unitCode() + " gửi báo cáo quý "
                        + roman(late.period().number()) + " năm " + late.period().year() + " ngày " + late.period().endDate().withDayOfMonth(24)
                        + ", hạn là ngày " + late.period().endDate().withDayOfMonth(20)));
    }

    @Test
    void shouldExportTheFindingsLikeTheOtherLists() throws Exception {
        String query = """
                query Findings($after: String) { dataFindings(filter: {unit: {within: "MH-TINH"}}, first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor } nodes { severity rule { code } unit { code } period { year quarter } messageVi } } }""";
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(base + "export?format=csv&filename=phat-hien"))
                .header("Content-Type", "application/json").header("Authorization", GraphQLClient.basic(GraphQLClient.ANALYST))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(GraphQLClient.body(query, "{}"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).contains("severity", "rule.code", "unit.code", "messageVi");
        assertThat(lines).hasSize(1 + findings(client.as(GraphQLClient.ANALYST), "{unit: {within: \"MH-TINH\"}}").size());
        assertThat(response.body()).contains("LISTED_UNITS_MISMATCH");
    }

    private static String roman(int quarter) {
        return List.of("I", "II", "III", "IV").get(quarter - 1);
    }

    @Test
    void shouldRankTheDepartmentsOfAQuarterByTheirFindingsFewestFirst() {
        Plant plant = PlantedContradictions.ALL.get(0);
        JsonObject ranking = client.as(GraphQLClient.ANALYST).data("{ dataQualityRanking(period: {type: QUARTER, year: %d, number: %d}, "
                .formatted(plant.period().year(), plant.period().number())
                + "units: {within: \"MH-TINH\", kind: {eq: DEPARTMENT}}) { order entries { rank unit { code } value { value } } } }")
                .getJsonObject("dataQualityRanking");
        assertThat(ranking.getString("order")).isEqualTo("LOWEST_FIRST");
        List<JsonObject> entries = ranking.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(20);
        assertThat(entries.get(entries.size() - 1).getJsonObject("unit").getString("code")).isEqualTo(plant.unitCode());
        assertThat(entries.get(entries.size() - 1).getInt("rank")).isEqualTo(20);
        assertThat(entries.subList(0, 19)).allSatisfy(e -> {
            assertThat(e.getInt("rank")).isEqualTo(1);
            assertThat(e.getJsonObject("value").getJsonNumber("value").doubleValue()).isZero();
        });
    }

    @Test
    void shouldCheckAReportAsItIsSentAndResolveItsFindingsOnceItIsCorrected() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        GraphQLClient homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS);
        String title = "Công tác cải cách hành chính quý I năm 2013";
        JsonObject draft = Writes.signed(reporter, Writes.draft(reporter, "NA-SKHCN", 2013, 1, title), title);
        JsonObject recorded = Writes.ok(reporter, "recordObservations", "RecordObservationsInput", of(draft, """
                "observations": [{"indicatorCode": "DOSSIERS_RESOLVED", "value": 3}, {"indicatorCode": "DOSSIERS_LATE", "value": 10},
                                 {"indicatorCode": "PUBLIC_SERVICE_UNITS", "value": 4}]"""));
        String filter = "{unit: {code: {eq: \"NA-SKHCN\"}}, period: {year: {eq: 2013}, number: {eq: 1}}}";
        assertThat(findings(homeAffairs, filter)).as("a draft is not checked").isEmpty();

        JsonObject sent = Writes.ok(reporter, "submitReport", "SubmitReportInput", of(recorded, ""));
        List<JsonObject> found = findings(homeAffairs, filter);
        assertThat(found).as("sent in 2026, past the quarter's due day")
                .extracting(f -> f.getJsonObject("rule").getString("code") + " " + f.getString("status"))
                .containsExactly("LATE_ABOVE_RESOLVED OPEN", "REPORTED_AFTER_DUE OPEN");
        assertThat(found.get(0).getString("reportId")).isEqualTo(sent.getJsonObject("report").getString("id"));
        assertThat(found.get(0).getString("statusChangedBy")).isEqualTo("reporter");

        JsonObject returned = Writes.ok(homeAffairs, "returnReport", "ReturnReportInput", of(sent, "\"reason\": \"Số hồ sơ trễ hạn sai\""));
        JsonObject corrected = Writes.ok(reporter, "recordObservations", "RecordObservationsInput", of(returned, """
                "observations": [{"indicatorCode": "DOSSIERS_RESOLVED", "value": 3}, {"indicatorCode": "DOSSIERS_LATE", "value": 1},
                                 {"indicatorCode": "PUBLIC_SERVICE_UNITS", "value": 4}]"""));
        Writes.ok(reporter, "submitReport", "SubmitReportInput", of(corrected, ""));
        assertThat(findings(homeAffairs, filter)).extracting(f -> f.getJsonObject("rule").getString("code") + " " + f.getString("status"))
                .as("the day it was first sent stays").containsExactly("LATE_ABOVE_RESOLVED RESOLVED", "REPORTED_AFTER_DUE OPEN");
    }

    @Test
    void shouldMoveAFindingWithItsCommentAndKeepAnAcknowledgedOneAcknowledgedWhenTheRulesRunAgain() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        GraphQLClient homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS);
        Plant plant = PlantedContradictions.ALL.stream().filter(p -> p.rule().equals("LISTED_UNITS_MISMATCH")).findFirst().orElseThrow();
        String filter = "{rule: {eq: \"LISTED_UNITS_MISMATCH\"}, unit: {code: {eq: \"%s\"}}}".formatted(plant.unitCode());
        JsonObject finding = findings(homeAffairs, filter).get(0);
        String input = "{\"id\": \"" + finding.getString("id") + "\", \"version\": " + finding.getInt("version");

        assertThat(Writes.fields(Writes.refused(homeAffairs, "changeDataFindingStatus", "ChangeDataFindingStatusInput",
                input + ", \"status\": \"ACKNOWLEDGED\", \"comment\": \"  \"}", "{ finding { id } }"))).isEqualTo("COMMENT_REQUIRED@input.comment");
        assertThat(Writes.fields(Writes.refused(reporter, "changeDataFindingStatus", "ChangeDataFindingStatusInput",
                input + ", \"status\": \"RESOLVED\"}", "{ finding { id } }"))).as("another department's finding").isEqualTo("FORBIDDEN@null");
        JsonObject acknowledged = Writes.ok(homeAffairs, "changeDataFindingStatus", "ChangeDataFindingStatusInput",
                input + ", \"status\": \"ACKNOWLEDGED\", \"comment\": \"Một đơn vị đang sáp nhập\"}", "{ finding { " + FINDING + " } }")
                .getJsonObject("finding");
        assertThat(acknowledged.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.getString("comment")).isEqualTo("Một đơn vị đang sáp nhập");
        assertThat(acknowledged.getString("statusChangedBy")).isEqualTo("noivu");
        assertThat(acknowledged.getInt("version")).isGreaterThan(finding.getInt("version"));
        assertThat(Writes.fields(Writes.refused(homeAffairs, "changeDataFindingStatus", "ChangeDataFindingStatusInput",
                input + ", \"status\": \"RESOLVED\"}", "{ finding { id } }"))).as("stale").isEqualTo("CONFLICT@input.version");

        String period = "{\"type\": \"QUARTER\", \"year\": %d, \"number\": %d}".formatted(plant.period().year(), plant.period().number());
        JsonObject run = Writes.ok(homeAffairs, "evaluateDataFindings", "EvaluateDataFindingsInput",
                "{\"unitCode\": \"" + plant.unitCode() + "\", \"from\": " + period + "}", "{ opened resolved cases findings { id status } }");
        assertThat(run.getInt("cases")).isEqualTo(1);
        assertThat(run.getInt("opened")).isZero();
        assertThat(run.getInt("resolved")).isZero();
        assertThat(run.getJsonArray("findings").getValuesAs(JsonObject.class)).extracting(f -> f.getString("id") + " " + f.getString("status"))
                .containsExactly(finding.getString("id") + " ACKNOWLEDGED");
    }

    @Test
    void shouldRefuseARunOutsideTheRulesOwnTermsBeforeLookingAnythingUp() {
        GraphQLClient homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS);
        assertThat(Writes.fields(Writes.refused(client.as(GraphQLClient.REPORTER), "evaluateDataFindings", "EvaluateDataFindingsInput",
                "{\"unitCode\": \"KHONG-CO\", \"from\": {\"type\": \"QUARTER\", \"year\": 2022, \"number\": 1}}", "{ opened }")))
                .isEqualTo("FORBIDDEN@null");
        assertThat(Writes.fields(Writes.refused(homeAffairs, "evaluateDataFindings", "EvaluateDataFindingsInput",
                "{\"unitCode\": \"KHONG-CO\", \"from\": {\"type\": \"QUARTER\", \"year\": 2022, \"number\": 1}}", "{ opened }")))
                .isEqualTo("NOT_FOUND@input.unitCode");
        assertThat(Writes.fields(Writes.refused(homeAffairs, "evaluateDataFindings", "EvaluateDataFindingsInput",
                "{\"unitCode\": \"NA\", \"from\": {\"type\": \"YEAR\", \"year\": 2022}}", "{ opened }")))
                .startsWith("INVALID_PERIOD");
        assertThat(Writes.refused(homeAffairs, "evaluateDataFindings", "EvaluateDataFindingsInput",
                "{\"unitCode\": \"NA\", \"from\": {\"type\": \"QUARTER\", \"year\": 2020, \"number\": 1}, "
                        + "\"through\": {\"type\": \"QUARTER\", \"year\": 2035, \"number\": 1}}", "{ opened }").get(0).getString("message"))
                .contains("40");
    }
}
