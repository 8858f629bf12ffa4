package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.code;
import static vn.cchc.webapp.it.Writes.of;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who has not reported (reportsDue) against an independent count of the province's departments and districts, as
 * drafts are started, sent, returned and approved; what each caller may do to a report (Report.actions) and is
 * allowed (viewer), as the workspace pages ask them. Quarters of 2017, which no other test writes.
 */
class ReportsDueIT extends DeployedApplication {

    private static final String DUE = """
            { reportsDue(units: {within: "NA"}, from: {type: QUARTER, year: 2017, number: 1}, through: {type: QUARTER, year: 2017, number: 2}) {
                unit { code } period { year quarter } dueOn report { id status actions } } }""";

    private List<String> due(GraphQLClient caller) {
        return caller.data(DUE).getJsonArray("reportsDue").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getJsonObject("period").getInt("quarter") + " " + d.getJsonObject("unit").getString("code") + " "
                        + d.getString("dueOn") + (d.isNull("report") ? "" : " " + d.getJsonObject("report").getString("status")
                        + " " + d.getJsonObject("report").getJsonArray("actions")))
                .toList();
    }

    /** The departments and districts of NA, counted from the directory: each owes both quarters until it reports. */
    private List<String> reportingUnits() {
        return client.data("""
                { units(filter: {within: "NA", kind: {in: [DEPARTMENT, DISTRICT]}}, first: 100) { nodes { code validFrom validTo } } }""")
                .getJsonObject("units").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.isNull("validFrom") || u.getString("validFrom").compareTo("2017-01-01") <= 0)
                .filter(u -> u.isNull("validTo") || u.getString("validTo").compareTo("2017-06-30") >= 0)
                .map(u -> u.getString("code")).sorted().toList();
    }

    @Test
    void shouldListWhoOwesEachQuarterUntilTheReportIsSentAndAgainOnceReturned() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        GraphQLClient homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS);
        List<String> units = reportingUnits();
        assertThat(units).contains("NA-SKHCN", "NA-SNV");
        assertThat(due(homeAffairs)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(units.stream().map(u -> "1 " + u + " 2017-03-20"), units.stream().map(u -> "2 " + u + " 2017-06-20"))
                        .toList());

        JsonObject draft = Writes.draft(reporter, "NA-SKHCN", 2017, 1, "Công tác cải cách hành chính quý I năm 2017");
        Writes.draft(client.as(GraphQLClient.ADMIN), "NA-SNV", 2017, 1, "Công tác cải cách hành chính quý I năm 2017");
        assertThat(due(reporter)).as("a draft is still owed; the reporter reads its own subtree's drafts only")
                .contains("1 NA-SKHCN 2017-03-20 DRAFT [\"EDIT\",\"SUBMIT\"]", "1 NA-SNV 2017-03-20");
        assertThat(due(homeAffairs)).as("Home Affairs reads every draft, and may not edit one")
                .contains("1 NA-SKHCN 2017-03-20 DRAFT []", "1 NA-SNV 2017-03-20 DRAFT []");

        JsonObject signed = Writes.signed(reporter, draft, "Công tác cải cách hành chính quý I năm 2017");
        JsonObject submitted = Writes.ok(reporter, "submitReport", "SubmitReportInput", of(signed, ""));
        assertThat(due(homeAffairs)).as("sent").noneMatch(d -> d.startsWith("1 NA-SKHCN")).contains("2 NA-SKHCN 2017-06-20");
        String actions = "{ report(id: \"" + draft.getJsonObject("report").getString("id") + "\") { status actions } }";
        assertThat(homeAffairs.data(actions).getJsonObject("report").getJsonArray("actions").toString()).isEqualTo("[\"RETURN\",\"APPROVE\"]");
        assertThat(reporter.data(actions).getJsonObject("report").getJsonArray("actions")).isEmpty();
        assertThat(client.as(GraphQLClient.ANALYST).data(actions).getJsonObject("report").getJsonArray("actions")).isEmpty();

        JsonObject returned = Writes.ok(homeAffairs, "returnReport", "ReturnReportInput", of(submitted, "\"reason\": \"Thiếu số liệu\""));
        assertThat(due(reporter)).as("returned: owed again").contains("1 NA-SKHCN 2017-03-20 RETURNED [\"EDIT\",\"SUBMIT\"]");
        JsonObject again = Writes.ok(reporter, "submitReport", "SubmitReportInput", of(returned, ""));
        Writes.ok(homeAffairs, "approveReport", "ApproveReportInput", of(again, ""));
        assertThat(due(homeAffairs)).noneMatch(d -> d.startsWith("1 NA-SKHCN"));
        assertThat(homeAffairs.data(actions).getJsonObject("report").getJsonArray("actions").toString()).isEqualTo("[]");
        assertThat(reporter.data(actions).getJsonObject("report").getJsonArray("actions").toString()).isEqualTo("[\"REVISE\"]");
    }

    @Test
    void shouldRefuseWhatIsNotARangeOfQuartersAndAnonymousCallers() {
        JsonObject year = client.post("{ reportsDue(from: {type: YEAR, year: 2017}) { dueOn } }");
        assertThat(code(year.getJsonArray("errors").getJsonObject(0))).isEqualTo("INVALID_PERIOD");
        assertThat(year.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Báo cáo được theo dõi theo quý: hãy chọn kỳ là quý");
        JsonObject backwards = client.post("{ reportsDue(from: {type: QUARTER, year: 2017, number: 2}, through: {type: QUARTER, year: 2017, number: 1}) { dueOn } }");
        assertThat(backwards.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("argument 'through'");
        assertThat(code(client.anonymous().post(DUE).getJsonArray("errors").getJsonObject(0))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldTellEachCallerWhoItIsAndWhatItMayDo() {
        String viewer = "{ viewer { name unit { code } permissions } }";
        JsonObject reporter = client.as(GraphQLClient.REPORTER).data(viewer).getJsonObject("viewer");
        assertThat(reporter.getString("name")).isEqualTo("reporter");
        assertThat(reporter.getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        assertThat(reporter.getJsonArray("permissions").toString()).contains("\"CREATE_REPORT\"", "\"IMPORT_DOSSIERS\"").doesNotContain("APPROVE_REPORT");
        JsonObject homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS).data(viewer).getJsonObject("viewer");
        assertThat(homeAffairs.isNull("unit")).isTrue();
        assertThat(homeAffairs.getJsonArray("permissions").toString()).contains("\"APPROVE_REPORT\"", "\"RETURN_REPORT\"").doesNotContain("EDIT_REPORT");
        JsonObject anonymous = client.anonymous().data(viewer).getJsonObject("viewer");
        assertThat(anonymous.isNull("name")).isTrue();
        assertThat(anonymous.getJsonArray("permissions")).isEmpty();
    }
}
