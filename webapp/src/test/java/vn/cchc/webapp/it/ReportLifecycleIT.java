package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.code;
import static vn.cchc.webapp.it.Writes.of;
import static vn.cchc.webapp.it.Writes.ok;
import static vn.cchc.webapp.it.Writes.refused;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "done when", through the API alone: the reporter of Sở Khoa học và Công nghệ Nghệ An creates, fills and
 * submits its Q2 2023 report; Home Affairs returns it with a reason, then approves it once corrected; the analytics
 * count its figures from the moment Home Affairs has them; an approved report is locked and corrected by a new revision;
 * every step is in the audit trail.
 */
class ReportLifecycleIT extends DeployedApplication {

    private static final String TITLE = "Công tác cải cách hành chính quý II năm 2023";

    private static final String ONLINE_Q2 = """
            { observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {eq: "NA-SKHCN"}},
                from: {type: QUARTER, year: 2023, number: 2}) { points { value { numerator denominator } } }
              ranking(period: {type: QUARTER, year: 2023, number: 2}, units: {code: {eq: "NA-SKHCN"}}, indicatorCode: "DOSSIERS_ONLINE") {
                entries { rank unit { code } value { numerator denominator } } } }""";

    private String online() {
        JsonObject data = client.data(ONLINE_Q2);
        JsonValue series = data.getJsonArray("observationSeries").getJsonObject(0).getJsonArray("points").getJsonObject(0).get("value");
        JsonObject ranked = data.getJsonObject("ranking").getJsonArray("entries").getJsonObject(0);
        String fromSeries = series == JsonValue.NULL ? "none" : series.asJsonObject().getInt("numerator") + "/"
                + series.asJsonObject().getInt("denominator");
        String fromRanking = ranked.isNull("value") ? "none" : ranked.getJsonObject("value").getInt("numerator") + "/"
                + ranked.getJsonObject("value").getInt("denominator");
        assertThat(fromRanking).as("ranking and series agree").isEqualTo(fromSeries);
        return fromSeries;
    }

    private static String figures(int online) {
        return """
                "observations": [
                  {"indicatorCode": "DOSSIERS_RECEIVED", "value": 12},
                  {"indicatorCode": "DOSSIERS_RECEIVED", "value": 5,
                   "breakdown": [{"dimension": "FIELD", "member": "NANG_LUONG_NGUYEN_TU", "label": "Năng lượng nguyên tử"}]},
                  {"indicatorCode": "DOSSIERS_ONLINE", "numerator": %d, "denominator": 12},
                  {"indicatorCode": "PROCEDURES_PUBLICISED", "numerator": 28, "denominator": 28}]""".formatted(online);
    }

    @Test
    void shouldTakeTheQ2ReportFromDraftToApprovalAndCountItsFiguresOnceHomeAffairsHasThem() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        GraphQLClient homeAffairs = client.as(GraphQLClient.HOME_AFFAIRS);

        JsonObject p = Writes.draft(reporter, "NA-SKHCN", 2023, 2, TITLE);
        String id = p.getJsonObject("report").getString("id");
        assertThat(p.getJsonObject("report").getString("status")).isEqualTo("DRAFT");
        assertThat(p.getJsonObject("report").getInt("revision")).isEqualTo(1);
        p = ok(reporter, "updateReportHeading", "UpdateReportHeadingInput", of(p, """
                "title": "%s", "number": "123/SKHCN-VP", "place": "Nghệ An", "dateLine": "ngày 20 tháng 6 năm 2023",
                "issuedOn": "2023-06-20", "signer": {"name": "Nguyễn Văn A", "position": "Giám đốc"},
                "recipients": ["Sở Nội vụ", "Lưu: VT, VP"]""".formatted(TITLE)));
        p = ok(reporter, "replaceReportSections", "ReplaceReportSectionsInput", of(p, """
                "sections": [
                  {"number": "I", "heading": "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "area": "DIRECTION_AND_MANAGEMENT",
                   "documents": ["%s"],
                   "items": [{"text": "Ban hành Kế hoạch cải cách hành chính quý II năm 2023.", "bullet": true,
                              "documents": ["%s", "%s"]}]},
                  {"number": "II", "heading": "KẾT QUẢ THỰC HIỆN",
                   "subsections": [{"number": "1", "heading": "Cải cách thủ tục hành chính", "area": "ADMINISTRATIVE_PROCEDURE_REFORM",
                                    "items": [{"text": "Tiếp nhận 12 hồ sơ, trong đó 6 hồ sơ trực tuyến."}]}]},
                  {"number": "IV", "heading": "PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC QUÝ III NĂM 2023",
                   "items": [{"text": "Tăng tỷ lệ hồ sơ trực tuyến.", "bullet": true}]}]""".formatted(
                Writes.documentId(client, "130/2005/NĐ-CP"), Writes.documentId(client, "01/2022/QĐ-UBND"), Writes.documentId(client, "130/2005/NĐ-CP"))));
        p = ok(reporter, "recordObservations", "RecordObservationsInput", of(p, figures(6)));
        assertThat(online()).as("a draft's figures do not count").isEqualTo("none");

        p = ok(reporter, "submitReport", "SubmitReportInput", of(p, ""));
        assertThat(p.getJsonObject("report").getString("status")).isEqualTo("SUBMITTED");
        assertThat(online()).as("Home Affairs has them").isEqualTo("6/12");

        p = ok(homeAffairs, "returnReport", "ReturnReportInput", of(p, "\"reason\": \"Số hồ sơ trực tuyến chưa khớp với hệ thống một cửa\""));
        assertThat(p.getJsonObject("report").getString("status")).isEqualTo("RETURNED");
        assertThat(p.getJsonObject("report").getString("returnReason")).isEqualTo("Số hồ sơ trực tuyến chưa khớp với hệ thống một cửa");
        assertThat(online()).as("a returned report's figures do not count").isEqualTo("none");

        p = ok(reporter, "recordObservations", "RecordObservationsInput", of(p, figures(7)));
        p = ok(reporter, "submitReport", "SubmitReportInput", of(p, ""));
        p = ok(homeAffairs, "approveReport", "ApproveReportInput", of(p, ""));
        assertThat(p.getJsonObject("report").getString("status")).isEqualTo("APPROVED");
        assertThat(online()).isEqualTo("7/12");

        JsonObject report = client.data("""
                { report(id: "%s") { status number issuedOn signer { name } recipients { text }
                    sections { number heading area documents { number } items { text bullet documents { number } }
                      subsections { number heading area items { text } } }
                    observations(filter: {totalOnly: true}) { totalCount } } }""".formatted(id)).getJsonObject("report");
        assertThat(report.getString("number")).isEqualTo("123/SKHCN-VP");
        assertThat(report.getString("issuedOn")).isEqualTo("2023-06-20");
        assertThat(report.getJsonArray("sections").getValuesAs(JsonObject.class)).extracting(s -> s.getString("number"))
                .containsExactly("I", "II", "IV");
        JsonObject direction = report.getJsonArray("sections").getJsonObject(0);
        assertThat(direction.getJsonArray("documents").getValuesAs(JsonObject.class)).extracting(d -> d.getString("number"))
                .containsExactly("130/2005/NĐ-CP");
        assertThat(direction.getJsonArray("items").getJsonObject(0).getJsonArray("documents").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number")).as("in the order cited").containsExactly("01/2022/QĐ-UBND", "130/2005/NĐ-CP");
        assertThat(report.getJsonArray("sections").getJsonObject(1).getJsonArray("subsections").getJsonObject(0).getString("area"))
                .isEqualTo("ADMINISTRATIVE_PROCEDURE_REFORM");
        assertThat(report.getJsonObject("observations").getInt("totalCount")).isEqualTo(3);
        JsonObject anonymous = client.anonymous().data("""
                { reports(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {type: {eq: QUARTER}, year: {eq: 2023}, number: {eq: 2}}}) { nodes { id status
                    observations(filter: {indicator: {code: {eq: "DOSSIERS_ONLINE"}}}) { nodes { numerator denominator } } } } }""");
        assertThat(anonymous.getJsonObject("reports").getJsonArray("nodes")).as("the public reads approved reports").hasSize(1);

        // locked: the approved report and its figures change only through a correction
        assertThat(refused(reporter, "recordObservations", "RecordObservationsInput", of(p, figures(8))))
                .extracting(Writes::code).containsExactly("REPORT_LOCKED");
        JsonObject correction = ok(reporter, "reviseReport", "ReviseReportInput", of(p, "\"reason\": \"Cập nhật số liệu hồ sơ trực tuyến\""));
        assertThat(correction.getJsonObject("report").getInt("revision")).isEqualTo(2);
        assertThat(correction.getJsonObject("report").getJsonObject("revises").getString("id")).isEqualTo(id);
        assertThat(online()).as("a correction counts once sent").isEqualTo("7/12");
        correction = ok(reporter, "recordObservations", "RecordObservationsInput", of(correction, figures(8)));
        correction = ok(reporter, "submitReport", "SubmitReportInput", of(correction, ""));
        assertThat(online()).as("the correction sent replaces the approved revision").isEqualTo("8/12");
        correction = ok(homeAffairs, "approveReport", "ApproveReportInput", of(correction, ""));
        assertThat(correction.getJsonObject("report").getJsonObject("revises").getString("status")).isEqualTo("SUPERSEDED");
        assertThat(online()).isEqualTo("8/12");
        List<JsonObject> both = client.anonymous().data("""
                { reports(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {type: {eq: QUARTER}, year: {eq: 2023}, number: {eq: 2}}}) { nodes { revision status } } }""")
                .getJsonObject("reports").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertThat(both).extracting(r -> r.getInt("revision") + " " + r.getString("status"))
                .containsExactlyInAnyOrder("1 SUPERSEDED", "2 APPROVED");

        // the audit trail: every step, by whom, with the reasons given
        List<JsonObject> trail = homeAffairs.data("""
                { auditTrail(filter: {entityType: {eq: "Report"}, entityId: {eq: "%s"}}) { totalCount nodes { actor action reason before after
                    unit { code } period { label } } } }""".formatted(id)).getJsonObject("auditTrail").getJsonArray("nodes")
                .getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("actor") + " " + e.getString("action")).containsExactly(
                "noivu approveReport", "reporter submitReport", "reporter recordObservations", "noivu returnReport",
                "reporter submitReport", "reporter recordObservations", "reporter replaceReportSections",
                "reporter updateReportHeading", "reporter createReport");
        assertThat(trail.get(3).getString("reason")).isEqualTo("Số hồ sơ trực tuyến chưa khớp với hệ thống một cửa");
        assertThat(trail.get(3).getString("before")).contains("\"status\":\"SUBMITTED\"");
        assertThat(trail.get(3).getString("after")).contains("\"status\":\"RETURNED\"");
        assertThat(trail.get(8).isNull("before")).isTrue();
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
            assertThat(e.getJsonObject("period").getString("label")).isEqualTo("quý II năm 2023");
        });
        assertThat(code(refused(client, "approveReport", "ApproveReportInput", of(correction, "")).get(0))).isEqualTo("FORBIDDEN");
    }
}
