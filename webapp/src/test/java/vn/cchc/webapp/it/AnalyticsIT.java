package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytics queries of the deployed application over the seed report: wired, described by the schema, and
 * answering the report's own figures. The sample has no dossier records, so dossier aggregates answer zeros;
 * their arithmetic is tested on Derby in the persistence module.
 */
class AnalyticsIT extends DeployedApplication {

    private static List<JsonObject> list(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonObject.class);
    }

    private JsonObject onlyError(String query) {
        JsonObject response = client.post(query);
        assertThat(response.getJsonArray("errors")).as("errors of %s", query).hasSize(1);
        return response.getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void shouldGiveASeriesWithTheRatioAndItsChanges() {
        JsonObject data = client.data("""
                { observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {in: ["NA-SKHCN"]}},
                    from: {type: QUARTER, year: 2021, number: 4}, to: {type: QUARTER, year: 2022, number: 1}) {
                    unit { code } points { period { label } value { value numerator denominator } changeFromPrevious } } }""");
        JsonObject series = list(data, "observationSeries").get(0);
        assertThat(series.getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        List<JsonObject> points = list(series, "points");
        assertThat(points).extracting(p -> p.getJsonObject("period").getString("label"))
                .containsExactly("quý IV năm 2021", "quý I năm 2022");
        assertThat(points.get(0).get("value")).isEqualTo(JsonValue.NULL);
        JsonObject q1 = points.get(1).getJsonObject("value");
        assertThat(q1.getInt("numerator") + "/" + q1.getInt("denominator")).isEqualTo("4/9");
        assertThat(points.get(1).get("changeFromPrevious")).as("Q4 2021 not reported").isEqualTo(JsonValue.NULL);
    }

    @Test
    void shouldRollARatioUpToTheProvinceAndRefuseAPercentage() {
        JsonObject data = client.data("""
                { observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {eq: "NA"}}, rollUp: true,
                    from: {type: QUARTER, year: 2022, number: 1}) { points { value { numerator denominator } } } }""");
        JsonObject value = list(list(data, "observationSeries").get(0), "points").get(0).getJsonObject("value");
        assertThat(value.getInt("numerator") + "/" + value.getInt("denominator")).isEqualTo("4/9");
        JsonObject error = onlyError("""
                { observationSeries(indicatorCode: "ISO_9001_2015_ADOPTION", units: {code: {eq: "NA"}}, rollUp: true,
                    from: {type: QUARTER, year: 2022, number: 1}) { unit { code } } }""");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("NOT_ADDITIVE");
        assertThat(error.getString("message")).contains("rollUp");
    }

    @Test
    void shouldRankTheDepartmentsBestFirstAndLeaveTheUnreportedUnranked() {
        JsonObject ranking = client.data("""
                { ranking(period: {type: QUARTER, year: 2022, number: 1}, units: {kind: {eq: DEPARTMENT}, parent: {code: {eq: "NA-UBND"}}},
                    indicatorCode: "DOSSIERS_ONLINE") { order entries { rank unit { code } value { value } } } }""")
                .getJsonObject("ranking");
        assertThat(ranking.getString("order")).isEqualTo("HIGHEST_FIRST");
        assertThat(list(ranking, "entries")).extracting(e -> e.get("rank") + " " + e.getJsonObject("unit").getString("code"))
                .containsExactly("1 NA-SKHCN", "null NA-SNV");
    }

    @Test
    void shouldCompareEachDepartmentWithItsPlaceInThePreviousQuarter() {
        String ranking = """
                %s: ranking(period: {type: QUARTER, year: 2024, number: %d}, units: {kind: {eq: DEPARTMENT}, within: "MH-TINH"},
                            indicatorCode: "PROCEDURES_ONLINE_FULL") {
                  entries { rank previousRank placesGained change unit { code } value { value } previousValue { value } } }""";
        JsonObject data = client.data("{ " + ranking.formatted("now", 4) + " " + ranking.formatted("before", 3) + " }");
        java.util.Map<String, JsonObject> before = new java.util.HashMap<>();
        list(data.getJsonObject("before"), "entries").forEach(e -> before.put(e.getJsonObject("unit").getString("code"), e));
        List<JsonObject> now = list(data.getJsonObject("now"), "entries");
        assertThat(now).hasSize(20);
        for (JsonObject entry : now) {
            JsonObject earlier = before.get(entry.getJsonObject("unit").getString("code"));
            assertThat(entry.get("previousRank")).isEqualTo(earlier.get("rank"));
            assertThat(entry.get("previousValue")).isEqualTo(earlier.get("value"));
            double change = entry.getJsonObject("value").getJsonNumber("value").doubleValue()
                    - earlier.getJsonObject("value").getJsonNumber("value").doubleValue();
            assertThat(entry.getJsonNumber("change").doubleValue()).isCloseTo(change, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(entry.getInt("placesGained")).isEqualTo(earlier.getInt("rank") - entry.getInt("rank"));
        }
        assertThat(now).as("the catalogue moves online over time").anySatisfy(e -> assertThat(e.getJsonNumber("change").doubleValue()).isPositive());
    }

    @Test
    void shouldAnswerZerosAndNoRatesWithoutDossierRecords() {
        JsonObject data = client.data("""
                { dossierStatistics(period: {type: QUARTER, year: 2022, number: 1}, groupBy: [], filter: {unit: {within: "NA"}}) {
                    period { label } received toProcess inProgressOverdue onlineRate { numerator denominator percent } }
                  byUnit: dossierStatistics(period: {type: YEAR, year: 2022}, groupBy: [UNIT, QUARTER], filter: {unit: {within: "NA"}}) { received }
                  reportedVersusComputed(units: {kind: {eq: DEPARTMENT}, within: "NA"}, from: {type: QUARTER, year: 2022, number: 1}) {
                    difference } }""");
        JsonObject row = list(data, "dossierStatistics").get(0);
        assertThat(row.getJsonObject("period").getString("label")).isEqualTo("quý I năm 2022");
        assertThat(row.getInt("received") + row.getInt("toProcess") + row.getInt("inProgressOverdue")).isZero();
        assertThat(row.getJsonObject("onlineRate").get("percent")).isEqualTo(JsonValue.NULL);
        assertThat(data.getJsonArray("byUnit")).isEmpty();
        assertThat(data.getJsonArray("reportedVersusComputed")).isEmpty();
    }

    @Test
    void shouldNameTheArgumentOfAWrongPeriodOrRanking() {
        JsonObject noNumber = onlyError("{ dossierStatistics(period: {type: QUARTER, year: 2022}, groupBy: []) { received } }");
        assertThat(noNumber.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_PERIOD");
        assertThat(noNumber.getString("message")).contains("'period'");
        JsonObject range = onlyError("""
                { dossierStatistics(period: {type: QUARTER, year: 2022, number: 1}, through: {type: QUARTER, year: 2022, number: 2},
                    groupBy: [UNIT]) { received } }""");
        assertThat(range.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_PERIOD");
        assertThat(range.getString("message")).contains("'through'").contains("QUARTER");
        JsonObject both = onlyError("""
                { ranking(period: {type: YEAR, year: 2022}, units: {}, indicatorCode: "DOSSIERS_ONLINE", dossierRate: ONLINE) { order } }""");
        assertThat(both.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldAnswerAnUnknownIndicatorWithNothingAndNoError() {
        JsonObject data = client.data("""
                { observationSeries(indicatorCode: "NONE", units: {}, from: {type: YEAR, year: 2022}) { unit { code } }
                  ranking(period: {type: YEAR, year: 2022}, units: {}, indicatorCode: "NONE") { order } }""");
        assertThat(data.getJsonArray("observationSeries")).isEmpty();
        assertThat(data.get("ranking")).isEqualTo(JsonValue.NULL);
    }
}
