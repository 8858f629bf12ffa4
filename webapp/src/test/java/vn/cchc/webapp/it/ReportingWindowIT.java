package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dossier statistics of a reporting period over GraphQL (issue 16): dossierStatistics and the dossier-rate ranking with
 * {@code window: REPORTING} count quý I năm 2011 from 15/12/2010 to 14/3/2011 (Công văn 581/BNV-CCHC), checked against
 * the dossier list's own count of the days, with dossiers imported on both sides of each edge; the calendar quarter
 * answers as before. The one-stop shop of NA-SKHCN in 2010–2011, which no other test plants dossiers in.
 */
class ReportingWindowIT extends DeployedApplication {

    private static final String ONE_STOP = "NA-SKHCN-MC";
    private static final String XRAY = "NA-SKHCN-NLNT-XQUANG";
    private static final String Q1_2011 = "{type: QUARTER, year: 2011, number: 1}";
    /**
     * Received on each edge of the window (15/12, 14/3) and next to them, and on the quarter's last day; online on 15/12
     * and 20/1. Every one closed by April 2011, so that no later period of another test sees them open.
     */
    private static final List<String> ROWS = List.of(
            "2010-12-14,2010-12-24,2011-04-05,IN_PERSON,NEW,RESOLVED_LATE",
            "2010-12-15,2010-12-25,2010-12-20,ONLINE,NEW,RESOLVED_EARLY",
            "2011-01-20,2011-01-30,2011-02-15,ONLINE,NEW,RESOLVED_LATE",
            "2011-03-14,2011-04-14,2011-04-10,IN_PERSON,NEW,RESOLVED_EARLY",
            "2011-03-15,2011-04-15,2011-04-10,IN_PERSON,NEW,RESOLVED_EARLY",
            "2011-03-31,2011-04-30,2011-04-20,IN_PERSON,NEW,RESOLVED_EARLY");

    private static boolean imported;

    @BeforeEach
    void plant() {
        if (imported) {
            return;
        }
        String prefix = "RW-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        StringBuilder csv = new StringBuilder("dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n");
        for (int i = 0; i < ROWS.size(); i++) {
            csv.append(prefix).append(i).append(',').append(ONE_STOP).append(',').append(XRAY).append(',').append(ROWS.get(i)).append('\n');
        }
        JsonObject job = Imports.run(client.as(GraphQLClient.ADMIN), "CSV", csv.toString());
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("rowsWritten")).isEqualTo(ROWS.size());
        imported = true;
    }

    /** The one-stop shop's statistics of quý I năm 2011, in the window asked for (none: the argument left out). */
    private JsonObject statistics(String window) {
        List<JsonObject> rows = client.data("{ dossierStatistics(period: " + Q1_2011 + ", groupBy: [],"
                        + " filter: {unit: {code: {eq: \"" + ONE_STOP + "\"}}}" + (window == null ? "" : ", window: " + window) + ") {"
                        + " period { label reporting { from through } } received online carriedOver resolved resolvedLate inProgress } }")
                .getJsonArray("dossierStatistics").getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** The dossier list's count of the shop's dossiers received from one day to another, both included. */
    private int receivedBetween(String from, String through) {
        return client.data("{ dossiers(first: 0, filter: {unit: {code: {eq: \"" + ONE_STOP + "\"}}, receivedOn: {gte: \"" + from
                + "\", lte: \"" + through + "\"}}) { totalCount } }").getJsonObject("dossiers").getInt("totalCount");
    }

    @Test
    void shouldCountTheReportingPeriodFromTheFifteenthOfDecemberToTheFourteenthOfMarch() {
        JsonObject reporting = statistics("REPORTING");
        JsonObject window = reporting.getJsonObject("period").getJsonObject("reporting");
        assertThat(window.getString("from")).isEqualTo("2010-12-15");
        assertThat(window.getString("through")).isEqualTo("2011-03-14");
        assertThat(reporting.getJsonObject("period").getString("label")).isEqualTo("quý I năm 2011");
        assertThat(reporting.getInt("received")).isEqualTo(receivedBetween("2010-12-15", "2011-03-14")).isEqualTo(3);
        assertThat(reporting.getInt("online")).as("15/12 and 20/1").isEqualTo(2);
        assertThat(reporting.getInt("carriedOver")).as("14/12, open until April").isEqualTo(1);
        assertThat(reporting.getInt("resolved")).as("15/12 (closed 20/12) and 20/1").isEqualTo(2);
        assertThat(reporting.getInt("resolvedLate")).isEqualTo(1);
        assertThat(reporting.getInt("inProgress")).as("14/12 and 14/3").isEqualTo(2);
    }

    @Test
    void shouldCountTheCalendarQuarterAsBefore() {
        JsonObject calendar = statistics("CALENDAR");
        assertThat(statistics(null)).as("CALENDAR is the default").isEqualTo(calendar);
        assertThat(calendar.getInt("received")).isEqualTo(receivedBetween("2011-01-01", "2011-03-31")).isEqualTo(4);
        assertThat(calendar.getInt("online")).as("20/1").isEqualTo(1);
        assertThat(calendar.getInt("carriedOver")).as("14/12, open until April; 15/12 was closed on 20/12").isEqualTo(1);
        assertThat(calendar.getInt("inProgress")).as("14/12, 14/3, 15/3, 31/3").isEqualTo(4);
    }

    @Test
    void shouldGiveEachQuarterItsOwnWindowAndRollUpSubtrees() {
        List<JsonObject> rows = client.data("{ dossierStatistics(period: {type: QUARTER, year: 2010, number: 4}, through: " + Q1_2011
                        + ", groupBy: [QUARTER, UNIT_SUBTREE], subtrees: {code: {eq: \"NA-SKHCN\"}}, window: REPORTING) {"
                        + " period { label } subtree { code } received online } }")
                .getJsonArray("dossierStatistics").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getJsonObject("period").getString("label") + " " + r.getJsonObject("subtree").getString("code"))
                .containsExactly("quý IV năm 2010 NA-SKHCN", "quý I năm 2011 NA-SKHCN");
        // quý IV năm 2010: 15/9 to 14/12/2010, the shop's dossier of 14/12 the only one of these days in the department
        assertThat(rows.get(0).getInt("received")).isEqualTo(receivedWithinDepartment("2010-09-15", "2010-12-14"));
        assertThat(rows.get(1).getInt("received")).isEqualTo(receivedWithinDepartment("2010-12-15", "2011-03-14"));
        assertThat(rows.get(1).getInt("online")).isEqualTo(2);
    }

    private int receivedWithinDepartment(String from, String through) {
        return client.data("{ dossiers(first: 0, filter: {unit: {within: \"NA-SKHCN\"}, receivedOn: {gte: \"" + from
                + "\", lte: \"" + through + "\"}}) { totalCount } }").getJsonObject("dossiers").getInt("totalCount");
    }

    @Test
    void shouldRankByTheOnlineRateOfTheReportingWindow() {
        JsonObject entry = client.data("{ ranking(period: " + Q1_2011 + ", units: {code: {eq: \"NA-SKHCN\"}}, dossierRate: ONLINE,"
                        + " window: REPORTING) { entries { unit { code } value { numerator denominator } } } }")
                .getJsonObject("ranking").getJsonArray("entries").getJsonObject(0);
        assertThat(entry.getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        assertThat(entry.getJsonObject("value").getInt("numerator")).isEqualTo(2);
        assertThat(entry.getJsonObject("value").getInt("denominator")).isEqualTo(receivedWithinDepartment("2010-12-15", "2011-03-14"));
        JsonObject calendar = client.data("{ ranking(period: " + Q1_2011 + ", units: {code: {eq: \"NA-SKHCN\"}}, dossierRate: ONLINE)"
                        + " { entries { value { numerator denominator } } } }")
                .getJsonObject("ranking").getJsonArray("entries").getJsonObject(0).getJsonObject("value");
        assertThat(calendar.getInt("numerator")).isEqualTo(1);
        assertThat(calendar.getInt("denominator")).isEqualTo(receivedWithinDepartment("2011-01-01", "2011-03-31"));
    }

    @Test
    void shouldRefuseAReportingWindowForAnIndicatorRankingNamingTheArgument() {
        JsonObject response = client.post("{ ranking(period: " + Q1_2011 + ", units: {code: {eq: \"NA-SKHCN\"}},"
                + " indicatorCode: \"DOSSIERS_ONLINE\", window: REPORTING) { order } }");
        assertThat(response.getJsonArray("errors")).hasSize(1);
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getString("message")).startsWith("argument 'window': ").contains("dossierRate");
        JsonObject unknown = client.post("{ dossierStatistics(period: " + Q1_2011 + ", groupBy: [], window: FISCAL) { received } }");
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }
}
