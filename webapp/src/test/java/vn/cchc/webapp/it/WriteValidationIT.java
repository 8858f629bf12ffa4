package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.of;
import static vn.cchc.webapp.it.Writes.refused;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of a write is checked before anything is written: each broken rule is one error entry with a stable
 * code, the input path and a message in Vietnamese (default) or English, and a refused write leaves the database
 * exactly as it was. The tests write to the office of Sở Khoa học và Công nghệ, each in a quarter of its own.
 */
class WriteValidationIT extends DeployedApplication {

    private static final String UNIT = "NA-SKHCN-VP";

    /** Everything a refused write could have touched: the report with its parts and figures, and the audit trail. */
    private String snapshot(String reportId) {
        return client.as(GraphQLClient.ADMIN).data("""
                { report(id: "%s") { version status title number issuedOn signer { name } recipients { text }
                    sections { number heading items { text } subsections { number items { text } } }
                    observations(first: 100) { totalCount nodes { indicator { code } unit { code } value numerator denominator
                      breakdown { dimension member } } } }
                  reports(filter: {unit: {code: {eq: "%s"}}}) { totalCount }
                  auditTrail(filter: {unit: {within: "NA"}}) { totalCount } }""".formatted(reportId, UNIT)).toString();
    }


    @Test
    void shouldReportEveryBrokenRuleOfANewReportAtItsPathInVietnameseByDefault() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        List<JsonObject> errors = refused(admin, "createReport", "CreateReportInput", """
                {"unitCode": "NA-KHONG-CO", "period": {"type": "QUARTER", "year": 2022, "number": 5}, "title": "Báo cáo"}""");
        assertThat(Writes.fields(errors)).isEqualTo("UNKNOWN_UNIT@input.unitCode INVALID_PERIOD@input.period");
        assertThat(errors.get(0).getString("message")).isEqualTo("Không có đơn vị mã NA-KHONG-CO");
        assertThat(errors.get(1).getString("message")).isEqualTo("Kỳ QUARTER phải có số thứ tự từ 1 đến 4 (nhận được 5)");

        List<JsonObject> english = refused(admin.inLanguage("en-GB,en;q=0.9,vi;q=0.5"), "createReport", "CreateReportInput", """
                {"unitCode": "NA-KHONG-CO", "period": {"type": "QUARTER", "year": 2022, "number": 5}, "title": "Báo cáo"}""");
        assertThat(english.get(0).getString("message")).isEqualTo("No unit has the code NA-KHONG-CO");
        assertThat(english.get(1).getString("message")).isEqualTo("A QUARTER is numbered 1 to 4 (got 5)");
        assertThat(refused(admin.inLanguage("fr"), "createReport", "CreateReportInput", """
                {"unitCode": "NA-KHONG-CO", "period": {"type": "YEAR", "year": 2022}, "title": "Báo cáo"}""").get(0)
                .getString("message")).as("a language the API does not speak: Vietnamese").isEqualTo("Không có đơn vị mã NA-KHONG-CO");
    }

    @Test
    void shouldCheckTheInputsConstraintsFirstOneErrorEach() {
        List<JsonObject> errors = refused(client.as(GraphQLClient.REPORTER), "createReport", "CreateReportInput", """
                {"unitCode": " ", "period": {"type": "QUARTER", "year": 2022, "number": 3}, "title": "%s"}""".formatted("x".repeat(501)));
        assertThat(Writes.fields(errors)).isEqualTo("INVALID_LENGTH@input.title REQUIRED@input.unitCode");
        assertThat(errors.get(1).getString("message")).isEqualTo("input.unitCode: không được để trống");
        assertThat(refused(client.as(GraphQLClient.REPORTER).inLanguage("en"), "createReport", "CreateReportInput", """
                {"unitCode": " ", "period": {"type": "QUARTER", "year": 2022, "number": 3}, "title": "t"}""").get(0)
                .getString("message")).isEqualTo("input.unitCode: must not be blank");
    }

    @Test
    void shouldRefuseASecondReportOfTheSamePeriod() {
        List<JsonObject> errors = refused(client.as(GraphQLClient.REPORTER), "createReport", "CreateReportInput", """
                {"unitCode": "NA-SKHCN", "period": {"type": "QUARTER", "year": 2022, "number": 1}, "title": "Lần nữa"}""");
        assertThat(Writes.fields(errors)).isEqualTo("DUPLICATE_REPORT@input.period");
    }

    @Test
    void shouldRefuseEveryBadFigureAtItsIndexAndWriteNone() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject draft = Writes.draft(reporter, UNIT, 2022, 3, "Báo cáo CCHC quý III năm 2022 của Văn phòng Sở");
        String id = draft.getJsonObject("report").getString("id");
        draft = Writes.ok(reporter, "recordObservations", "RecordObservationsInput", of(draft, """
                "observations": [{"indicatorCode": "DOSSIERS_RECEIVED", "value": 10}]"""));
        String before = snapshot(id);

        List<JsonObject> errors = refused(reporter, "recordObservations", "RecordObservationsInput", of(draft, """
                "observations": [
                  {"indicatorCode": "KHONG_CO", "value": 1},
                  {"indicatorCode": "DOSSIERS_RECEIVED"},
                  {"indicatorCode": "DOSSIERS_ONLINE", "numerator": 13, "denominator": 12},
                  {"indicatorCode": "PROCEDURES_PUBLICISED", "numerator": 1, "denominator": 0},
                  {"indicatorCode": "DOSSIERS_LATE", "value": 2, "unitCode": "NA-KHONG-CO"},
                  {"indicatorCode": "ISO_9001_2015_ADOPTION", "value": 120},
                  {"indicatorCode": "DOSSIERS_RESOLVED", "value": 3},
                  {"indicatorCode": "DOSSIERS_RESOLVED", "value": 4}]"""));
        assertThat(Writes.fields(errors)).isEqualTo("UNKNOWN_INDICATOR@input.observations[0].indicatorCode"
                + " REQUIRED@input.observations[1].value"
                + " INVALID_RATIO@input.observations[2].numerator"
                + " INVALID_RATIO@input.observations[3].denominator"
                + " UNKNOWN_UNIT@input.observations[4].unitCode"
                + " INVALID_VALUE@input.observations[5].value"
                + " DUPLICATE_OBSERVATION@input.observations[7]");
        assertThat(errors.get(2).getString("message")).isEqualTo("Tử số 13 không được lớn hơn mẫu số 12");
        assertThat(snapshot(id)).as("nothing written").isEqualTo(before);

        // the same figures checked without recording them: the same errors at the same paths, nothing written either way
        String check = "query($input: RecordObservationsInput!) { checkObservations(input: $input) }";
        String bad = of(draft, """
                "observations": [{"indicatorCode": "KHONG_CO", "value": 1}, {"indicatorCode": "DOSSIERS_ONLINE", "numerator": 13, "denominator": 12}]""");
        JsonObject checked = reporter.post(check, "{\"input\": " + bad + "}");
        assertThat(Writes.fields(checked.getJsonArray("errors").getValuesAs(JsonObject.class)))
                .isEqualTo("UNKNOWN_INDICATOR@input.observations[0].indicatorCode INVALID_RATIO@input.observations[1].numerator");
        String good = of(draft, """
                "observations": [{"indicatorCode": "DOSSIERS_ONLINE", "numerator": 12, "denominator": 13}]""");
        JsonObject passed = reporter.post(check, "{\"input\": " + good + "}");
        assertThat(passed.get("errors")).isNull();
        assertThat(passed.getJsonObject("data").getBoolean("checkObservations")).isTrue();
        assertThat(snapshot(id)).as("a check writes nothing").isEqualTo(before);
        assertThat(Writes.code(client.as(GraphQLClient.ANALYST).post(check, "{\"input\": " + good + "}").getJsonArray("errors")
                .getJsonObject(0))).isEqualTo("FORBIDDEN");

        assertThat(Writes.fields(refused(reporter, "recordObservations", "RecordObservationsInput", of(draft, """
                "observations": [{"indicatorCode": "DOSSIERS_ONLINE", "numerator": -1, "denominator": 12}]"""))))
                .isEqualTo("OUT_OF_RANGE@input.observations[0].numerator");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAMalformedNumberADateBeforeThePeriodAndAnUnsignedSubmission() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject draft = Writes.draft(reporter, UNIT, 2022, 4, "Báo cáo CCHC quý IV năm 2022 của Văn phòng Sở");
        String id = draft.getJsonObject("report").getString("id");
        String before = snapshot(id);
        List<JsonObject> errors = refused(reporter, "updateReportHeading", "UpdateReportHeadingInput", of(draft, """
                "title": "Báo cáo", "number": "số 12 ngày", "issuedOn": "2022-09-30", "recipients": ["Sở Nội vụ", " "] """));
        assertThat(Writes.fields(errors)).isEqualTo("INVALID_DOCUMENT_NUMBER@input.number INVALID_DATE@input.issuedOn"
                + " INVALID_REPORT@input.recipients[1]");
        assertThat(errors.get(1).getString("message")).isEqualTo("Báo cáo quý IV năm 2022 không thể ban hành ngày 2022-09-30, trước khi kỳ báo cáo bắt đầu");
        assertThat(Writes.fields(refused(reporter, "submitReport", "SubmitReportInput", of(draft, ""))))
                .isEqualTo("REPORT_UNSIGNED@null");
        assertThat(Writes.fields(refused(reporter, "replaceReportSections", "ReplaceReportSectionsInput", of(draft, """
                "sections": [{"number": "I", "heading": "Một"}, {"number": "I", "heading": "Hai",
                  "subsections": [{"number": "1", "heading": "Con", "subsections": [{"number": "1.1", "heading": "Cháu",
                    "subsections": [{"number": "a", "heading": "Chắt"}]}]}]}]"""))))
                // three levels are an outline (I, 1, 1.1); a fourth is not
                .isEqualTo("DUPLICATE_SECTION@input.sections[1].number INVALID_REPORT@input.sections[1].subsections[0].subsections[0].subsections");
        List<JsonObject> citations = refused(reporter, "replaceReportSections", "ReplaceReportSectionsInput", of(draft, """
                "sections": [{"number": "I", "heading": "Một", "documents": ["999999999"],
                  "items": [{"text": "Theo kế hoạch", "documents": ["%s", "không phải mã"]}]}]""".formatted(Writes.documentId(client, "130/2005/NĐ-CP"))));
        assertThat(Writes.fields(citations)).isEqualTo("NOT_FOUND@input.sections[0].documents[0]"
                + " NOT_FOUND@input.sections[0].items[0].documents[1]");
        assertThat(citations.get(1).getString("message")).isEqualTo("Không có văn bản mã không phải mã");
        // a reporter is not told whether an id it may not act on exists: a missing report is refused like another unit's
        assertThat(refused(reporter, "submitReport", "SubmitReportInput", """
                {"reportId": "999999999", "version": 1}""")).extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.fields(refused(client.as(GraphQLClient.ADMIN), "submitReport", "SubmitReportInput", """
                {"reportId": "999999999", "version": 1}"""))).isEqualTo("NOT_FOUND@input.reportId");
        assertThat(snapshot(id)).as("nothing written").isEqualTo(before);
    }
}
