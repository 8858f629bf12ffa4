package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the Q1 2022 report of Sở Khoa học và Công nghệ Nghệ An, asked through the GraphQL API of the
 * deployed application, over HTTP. The expected values are copied from the report text, not from the sample
 * data code, so that a wrong or missing fact fails.
 */
class SeedReportIT extends DeployedApplication {

    private static List<JsonObject> nodes(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class);
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v == JsonValue.NULL ? null : ((JsonString) v).getString();
    }

    @Test
    void shouldAnswerTheDepartmentsFivePlansWithNumbersAndDates() {
        JsonObject data = client.data("""
                { documents(filter: {issuer: {code: {eq: "NA-SKHCN"}}, kind: {eq: PLAN}}) {
                    totalCount nodes { number issuedOn planYear planType subject issuer { name } } } }""");
        List<JsonObject> plans = nodes(data.getJsonObject("documents"));
        assertThat(data.getJsonObject("documents").getInt("totalCount")).isEqualTo(5);
        assertThat(plans).extracting(p -> text(p, "number") + " " + text(p, "issuedOn") + " " + p.getInt("planYear") + " " + text(p, "planType"))
                .containsExactly(
                        "56/SKHCN-VP 2022-01-26 2022 ADMINISTRATIVE_REFORM",
                        "87/SKHCN-VP 2022-02-10 2022 PROCEDURE_CONTROL",
                        "88/SKHCN-VP 2022-02-10 2022 COMMUNICATION",
                        "156/SKHCN-VP 2022-02-25 2022 INSPECTION",
                        "157/SKHCN-VP 2022-02-25 2022 COMMUNICATION");
        assertThat(plans).extracting(p -> text(p, "subject")).containsExactly(
                "Kế hoạch cải cách hành chính năm 2022",
                "Kế hoạch kiểm soát thủ tục hành chính năm 2022",
                "Kế hoạch tuyên truyền cải cách hành chính năm 2022",
                "Kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính năm 2022",
                "Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2022");
        assertThat(plans).allSatisfy(p -> assertThat(p.getJsonObject("issuer").getString("name"))
                .isEqualTo("Sở Khoa học và Công nghệ tỉnh Nghệ An"));
    }

    @Test
    void shouldAnswerTheDaysTheQuarterIReportGivesDataForUnderTheReportingRegime() {
        // "quý I năm 2022" under Công văn 581/BNV-CCHC: from 15 December of the year before to 14 March, due on 20 March,
        // which is why the report is dated in March
        JsonObject period = nodes(client.data("""
                { reports(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) {
                    nodes { period { label startDate endDate reporting { from through dueOn basis } } } } }""")
                .getJsonObject("reports")).get(0).getJsonObject("period");
        assertThat(text(period, "label")).isEqualTo("quý I năm 2022");
        assertThat(text(period, "startDate") + " " + text(period, "endDate")).as("the calendar quarter").isEqualTo("2022-01-01 2022-03-31");
        JsonObject reporting = period.getJsonObject("reporting");
        assertThat(text(reporting, "from") + " " + text(reporting, "through") + " " + text(reporting, "dueOn"))
                .isEqualTo("2021-12-15 2022-03-14 2022-03-20");
        assertThat(text(reporting, "basis")).isEqualTo("Công văn 581/BNV-CCHC");
    }

    @Test
    void shouldAnswerTheDecisionTheDepartmentDraftedForThePeoplesCommittee() {
        JsonObject d = client.data("""
                { document(number: "01/2022/QĐ-UBND") { kind issuedOn subject issuer { code name } drafter { code } } }""")
                .getJsonObject("document");
        assertThat(text(d, "kind")).isEqualTo("DECISION");
        assertThat(text(d, "issuedOn")).isEqualTo("2022-01-05");
        assertThat(d.getJsonObject("issuer").getString("name")).isEqualTo("Ủy ban nhân dân tỉnh Nghệ An");
        assertThat(d.getJsonObject("drafter").getString("code")).isEqualTo("NA-SKHCN");
        assertThat(text(d, "subject")).contains("chức năng nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Nghệ An");
        JsonObject drafted = client.data("{ unit(code: \"NA-SKHCN\") { draftedDocuments { nodes { number } } } }");
        assertThat(nodes(drafted.getJsonObject("unit").getJsonObject("draftedDocuments")))
                .extracting(n -> text(n, "number")).containsExactly("01/2022/QĐ-UBND");
    }

    @Test
    void shouldAnswerTheProvincialDocumentsTheReportCites() {
        JsonObject data = client.data("""
                { a: document(number: "5165/QĐ-UBND") { ...doc }
                  b: document(number: "291/QĐ-UBND") { ...doc }
                  c: document(number: "64/KH-UBND") { ...doc planYear planType }
                  d: document(number: "04/2015/QĐ-UBND") { ...doc }
                  e: document(number: "17") { ...doc } }
                fragment doc on Document { number kind issuedOn subject issuer { code } }""");
        assertThat(summary(data.getJsonObject("a"))).isEqualTo("DECISION 2021-12-30 NA-UBND");
        assertThat(text(data.getJsonObject("a"), "subject")).isEqualTo("về ban hành Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An năm 2022");
        assertThat(summary(data.getJsonObject("b"))).isEqualTo("DECISION 2022-01-28 NA-UBND");
        assertThat(text(data.getJsonObject("b"), "subject"))
                .isEqualTo("về việc ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2022 trên địa bàn tỉnh Nghệ An");
        assertThat(summary(data.getJsonObject("c"))).isEqualTo("PLAN 2022-01-28 NA-UBND");
        assertThat(data.getJsonObject("c").getInt("planYear")).isEqualTo(2022);
        assertThat(summary(data.getJsonObject("d"))).isEqualTo("DECISION null NA-UBND");
        assertThat(summary(data.getJsonObject("e"))).isEqualTo("DIRECTIVE null NA-BTVTU");
        assertThat(text(data.getJsonObject("e"), "subject")).isEqualTo("về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị trên địa bàn tỉnh");
    }

    private static String summary(JsonObject d) {
        return text(d, "kind") + " " + text(d, "issuedOn") + " " + d.getJsonObject("issuer").getString("code");
    }

    @Test
    void shouldAnswerTheDecreesWithTheDatesTheReportGivesAndNoOthers() {
        JsonObject data = client.data("""
                { documents(filter: {kind: {eq: DECREE}}) { nodes { number issuedOn issuer { name } links { type document { number } } } } }""");
        Map<String, String> dates = new HashMap<>();
        nodes(data.getJsonObject("documents")).forEach(d -> dates.put(text(d, "number"), text(d, "issuedOn")));
        Map<String, String> expected = new HashMap<>();
        expected.put("130/2005/NĐ-CP", "2005-10-17");
        expected.put("117/2013/NĐ-CP", "2013-10-07");
        expected.put("16/2015/NĐ-CP", "2015-02-14");
        expected.put("115/2005/NĐ-CP", null);
        expected.put("96/2010/NĐ-CP", null);
        assertThat(dates).isEqualTo(expected);
        JsonObject amending = nodes(data.getJsonObject("documents")).stream()
                .filter(d -> text(d, "number").equals("96/2010/NĐ-CP")).findFirst().orElseThrow();
        assertThat(amending.getJsonArray("links").getValuesAs(JsonObject.class))
                .extracting(l -> text(l, "type") + " " + l.getJsonObject("document").getString("number"))
                .containsExactly("AMENDS 115/2005/NĐ-CP");
        assertThat(nodes(data.getJsonObject("documents"))).allSatisfy(d ->
                assertThat(d.getJsonObject("issuer").getString("name")).isEqualTo("Chính phủ"));
    }

    @Test
    void shouldAnswerTheUnitsTheReportNamesAndTheRegimesOfThePublicServiceUnits() {
        JsonObject data = client.data("""
                { units(filter: {within: "NA"}, first: 100) { nodes { code name kind generated parent { code } } }
                  government: unit(code: "VN-CP") { name kind generated }
                  unit(code: "NA-SKHCN") { children { nodes { name kind autonomyRegime } } } }""");
        List<JsonObject> units = new ArrayList<>(nodes(data.getJsonObject("units")));
        units.add(data.getJsonObject("government"));
        assertThat(units).allSatisfy(u -> assertThat(u.getBoolean("generated")).as("real data").isFalse());
        Map<String, String> kinds = units.stream().collect(Collectors.toMap(u -> text(u, "name"), u -> text(u, "kind")));
        assertThat(kinds).containsEntry("Sở Khoa học và Công nghệ tỉnh Nghệ An", "DEPARTMENT")
                .containsEntry("Sở Nội vụ tỉnh Nghệ An", "DEPARTMENT")
                .containsEntry("Văn phòng Sở Khoa học và Công nghệ", "DEPARTMENT_OFFICE")
                .containsEntry("Bộ phận tiếp nhận và trả kết quả của Sở Khoa học và Công nghệ", "ONE_STOP_SHOP")
                .containsEntry("Ủy ban nhân dân tỉnh Nghệ An", "PEOPLES_COMMITTEE")
                .containsEntry("Hội đồng nhân dân tỉnh Nghệ An", "PEOPLES_COUNCIL")
                .containsEntry("Ban thường vụ Tỉnh ủy Nghệ An", "PARTY_COMMITTEE")
                .containsEntry("Chính phủ", "GOVERNMENT_BODY");
        Map<String, String> regimes = nodes(data.getJsonObject("unit").getJsonObject("children")).stream()
                .filter(u -> "PUBLIC_SERVICE_UNIT".equals(text(u, "kind")))
                .collect(Collectors.toMap(u -> text(u, "name"), u -> text(u, "autonomyRegime")));
        assertThat(regimes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ", "SELF_FINANCING_RECURRENT",
                "Trung tâm Thông tin Khoa học công nghệ và Tin học", "PARTLY_SELF_FINANCING_RECURRENT",
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "PARTLY_SELF_FINANCING_RECURRENT",
                "Trung tâm Khoa học xã hội và nhân văn", "STATE_FUNDED"));
    }

    @Test
    void shouldAnswerTheProcedureFieldsAndTheProceduresTheReportNames() {
        JsonObject data = client.data("""
                { procedureFields { code name }
                  unit(code: "NA-SKHCN") { procedures { totalCount nodes { name field { name } } } } }""");
        // the demo province's fields, coded MH-, sit beside the three the report names
        assertThat(data.getJsonArray("procedureFields").getValuesAs(JsonObject.class).stream()
                .filter(f -> !text(f, "code").startsWith("MH-"))).extracting(f -> text(f, "name"))
                .containsExactlyInAnyOrder("Hoạt động khoa học và công nghệ", "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân",
                        "Tiêu chuẩn đo lường chất lượng");
        assertThat(nodes(data.getJsonObject("unit").getJsonObject("procedures")))
                .extracting(p -> text(p, "name") + " / " + p.getJsonObject("field").getString("name"))
                .containsExactlyInAnyOrder(
                        "Cấp phép sử dụng thiết bị X-quang chuẩn đoán trong y tế / Năng lượng nguyên tử, an toàn bức xạ và hạt nhân",
                        "Cấp chứng chỉ nhân viên bức xạ / Năng lượng nguyên tử, an toàn bức xạ và hạt nhân");
    }

    @Test
    void shouldAnswerEveryFigureOfTheQuarter() {
        JsonObject data = client.data("""
                { department: observations(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {year: {eq: 2022}, type: {eq: QUARTER}, number: {eq: 1}}}) { ...figures }
                  province: observations(filter: {unit: {code: {eq: "NA"}}, period: {year: {eq: 2022}, type: {eq: QUARTER}, number: {eq: 1}}}) { ...figures } }
                fragment figures on ObservationConnection { nodes {
                    indicator { code } unit { code } period { year quarter } value numerator denominator
                    breakdown { dimension member } source report { title } } }""");
        Map<String, String> figures = new HashMap<>();
        List<JsonObject> observations = new ArrayList<>(nodes(data.getJsonObject("department")));
        observations.addAll(nodes(data.getJsonObject("province")));
        for (JsonObject o : observations) {
            String key = o.getJsonObject("indicator").getString("code") + "@" + o.getJsonObject("unit").getString("code")
                    + o.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream()
                    .map(b -> " " + text(b, "dimension") + "=" + text(b, "member")).collect(Collectors.joining());
            String value = o.get("numerator") == JsonValue.NULL
                    ? String.valueOf(Math.round(o.getJsonNumber("value").doubleValue()))
                    : o.getInt("numerator") + "/" + o.getInt("denominator");
            assertThat(figures.put(key, value)).as("one observation per key: %s", key).isNull();
            assertThat(text(o, "source")).isEqualTo("REPORTED");
            assertThat(o.getJsonObject("report").getString("title")).isEqualTo("Công tác cải cách hành chính quý I năm 2022");
            assertThat(o.getJsonObject("period").getInt("quarter")).isEqualTo(1);
        }
        assertThat(figures).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("PROCEDURES_TOTAL@NA-SKHCN", "28"),
                Map.entry("PROCEDURES_PUBLICISED@NA-SKHCN", "28/28"),
                Map.entry("PROCEDURES_ONLINE_LEVEL3@NA-SKHCN", "12/28"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN", "9"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN FIELD=NANG_LUONG_NGUYEN_TU", "4"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN FIELD=TIEU_CHUAN_DO_LUONG_CHAT_LUONG", "5"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN FIELD=NANG_LUONG_NGUYEN_TU DOSSIER_KIND=NEW", "1"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN FIELD=NANG_LUONG_NGUYEN_TU DOSSIER_KIND=RENEWAL_OR_AMENDMENT", "2"),
                Map.entry("DOSSIERS_RECEIVED@NA-SKHCN FIELD=NANG_LUONG_NGUYEN_TU DOSSIER_KIND=CERTIFICATE", "1"),
                Map.entry("DOSSIERS_RESOLVED@NA-SKHCN", "9"),
                Map.entry("DOSSIERS_ONLINE@NA-SKHCN", "4/9"),
                Map.entry("DOSSIERS_LATE@NA-SKHCN", "0"),
                Map.entry("COMPLAINTS_RECEIVED@NA-SKHCN", "0"),
                Map.entry("PUBLIC_SERVICE_UNITS@NA-SKHCN", "5"),
                Map.entry("ISO_9001_2015_ADOPTION@NA", "100")));
    }

    @Test
    void shouldAnswerTheIndicatorCatalogue() {
        JsonObject data = client.data("{ indicators { code nameVi nameEn measure } }");
        Map<String, String> measures = data.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> text(i, "code"), i -> text(i, "measure")));
        assertThat(measures).containsEntry("PROCEDURES_TOTAL", "COUNT").containsEntry("PROCEDURES_PUBLICISED", "RATIO")
                .containsEntry("PROCEDURES_ONLINE_LEVEL3", "RATIO").containsEntry("DOSSIERS_ONLINE", "RATIO")
                .containsEntry("ISO_9001_2015_ADOPTION", "PERCENT").containsKeys("DOSSIERS_RECEIVED", "DOSSIERS_RESOLVED",
                        "DOSSIERS_LATE", "COMPLAINTS_RECEIVED", "PUBLIC_SERVICE_UNITS");
    }

    private static final String REPORT_QUERY = """
            { reports(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) { nodes {
                title number place dateLine issuedOn status period { year quarter label }
                signer { name position } recipients { text unit { code } }
                sections { ...section subsections { ...section subsections { ...section } } } } } }
            fragment section on ReportSection {
                number heading area documents { number } items { text bullet documents { number } observations { indicator { code } } } }""";

    private JsonObject seedReport() {
        // the write tests add reports of other periods to the department: the seed is its Q1 2022 report
        List<JsonObject> reports = nodes(client.data(REPORT_QUERY).getJsonObject("reports"));
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    @Test
    void shouldAnswerTheReportsHeadingSignerAndRecipients() {
        JsonObject report = seedReport();
        assertThat(text(report, "title")).isEqualTo("Công tác cải cách hành chính quý I năm 2022");
        assertThat(text(report, "number")).isEqualTo("/SKHCN-VP");
        assertThat(text(report, "place")).isEqualTo("Nghệ An");
        assertThat(text(report, "dateLine")).isEqualTo("ngày tháng 3 năm 2022");
        assertThat(text(report, "issuedOn")).isNull();
        assertThat(text(report, "status")).isEqualTo("SUBMITTED");
        assertThat(report.getJsonObject("period").getString("label")).isEqualTo("quý I năm 2022");
        assertThat(report.getJsonObject("signer").getString("name")).isEqualTo("Trần Quốc Thành");
        assertThat(report.getJsonObject("signer").getString("position")).isEqualTo("Giám đốc");
        assertThat(report.getJsonArray("recipients").getValuesAs(JsonObject.class)).extracting(r -> text(r, "text"))
                .containsExactly("Sở Nội vụ", "GD và các PGD", "Trưởng các phòng và đơn vị thuộc Sở", "Lưu: VT");
        assertThat(report.getJsonArray("recipients").getJsonObject(0).getJsonObject("unit").getString("code")).isEqualTo("NA-SNV");
    }

    @Test
    void shouldFollowTheReportsOutlineWithAreasAndLinks() {
        List<JsonObject> sections = seedReport().getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(sections).extracting(s -> text(s, "number") + " " + text(s, "area")).containsExactly(
                "I DIRECTION_AND_MANAGEMENT", "II null", "III null", "IV null");
        assertThat(subsections(sections.get(0))).extracting(s -> text(s, "number")).containsExactly("1", "2", "3", "4");
        assertThat(subsections(sections.get(1))).extracting(s -> text(s, "number") + " " + text(s, "area")).containsExactly(
                "1 INSTITUTIONAL_REFORM", "2 ADMINISTRATIVE_PROCEDURE_REFORM", "3 APPARATUS_REFORM", "4 CIVIL_SERVICE_REFORM",
                "5 PUBLIC_FINANCE_REFORM", "6 E_GOVERNMENT");
        JsonObject finance = subsections(sections.get(1)).get(4);
        assertThat(subsections(finance)).extracting(s -> text(s, "number") + ": " + numbers(s.getJsonArray("documents").getValuesAs(JsonObject.class)))
                .containsExactly("5.1: [130/2005/NĐ-CP, 117/2013/NĐ-CP]", "5.2: [16/2015/NĐ-CP]", "5.3: [115/2005/NĐ-CP, 96/2010/NĐ-CP]");
        List<JsonObject> issuing = items(subsections(sections.get(0)).get(0));
        assertThat(issuing.stream().flatMap(i -> i.getJsonArray("documents").getValuesAs(JsonObject.class).stream()).map(d -> text(d, "number")))
                .containsExactly("56/SKHCN-VP", "87/SKHCN-VP", "88/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP", "01/2022/QĐ-UBND");
        List<JsonObject> directions = items(sections.get(3));
        assertThat(directions).hasSize(9).allSatisfy(i -> assertThat(i.getBoolean("bullet")).isTrue());
        assertThat(text(directions.get(6), "text"))
                .isEqualTo("Tăng số lượng hồ sơ giải quyết trực tuyến, tăng số lượng thủ tục hành chính thực hiện dịch vụ công ở mức độ 3 và 4.");
        assertThat(numbers(directions.get(8).getJsonArray("documents").getValuesAs(JsonObject.class))).isEqualTo("[17]");
        JsonObject dossiers = items(subsections(sections.get(1)).get(1)).get(5);
        assertThat(dossiers.getJsonArray("observations").getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonObject("indicator").getString("code"))
                .contains("DOSSIERS_RECEIVED", "DOSSIERS_RESOLVED", "DOSSIERS_ONLINE");
    }

    private static List<JsonObject> subsections(JsonObject section) {
        return section.getJsonArray("subsections").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> items(JsonObject section) {
        return section.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String numbers(List<JsonObject> documents) {
        return documents.stream().map(d -> text(d, "number")).toList().toString();
    }

    /** Every line of the original text is in the data: headings, paragraphs, bullets, heading fields, signature. */
    @Test
    void shouldCarryEveryLineOfTheOriginalTextByteForByte() throws IOException {
        JsonObject report = seedReport();
        List<String> headings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(report.getJsonArray("sections").getValuesAs(JsonObject.class), headings, texts);
        List<String> recipients = report.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .map(r -> text(r, "text")).toList();
        Locale vietnamese = Locale.forLanguageTag("vi");
        List<String> missing = new ArrayList<>();
        for (String raw : seedLines()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String bullet = line.startsWith("- ") ? line.substring(2) : line;
            boolean found = headings.contains(line)
                    || texts.stream().anyMatch(t -> t.contains(bullet))
                    || line.equals("Số: " + text(report, "number"))
                    || line.equals(text(report, "place") + ", " + text(report, "dateLine"))
                    || line.equals("BÁO CÁO **" + text(report, "title") + "**")
                    || line.equals("Nơi nhận:")
                    || recipients.contains(bullet.replaceAll("[;.]$", ""))
                    || line.equals(report.getJsonObject("signer").getString("position").toUpperCase(vietnamese))
                    || line.equals(report.getJsonObject("signer").getString("name"));
            if (!found) {
                missing.add(line);
            }
        }
        assertThat(missing).as("lines of the original report not found in the data").isEmpty();
    }

    private static void collect(List<JsonObject> sections, List<String> headings, List<String> texts) {
        for (JsonObject s : sections) {
            String number = text(s, "number");
            // the report writes "I. ...", "1. ...", "5.1. ..."
            headings.add(number + ". " + text(s, "heading"));
            items(s).forEach(i -> texts.add(text(i, "text")));
            if (s.containsKey("subsections")) {
                collect(subsections(s), headings, texts);
            }
        }
    }

    private static List<String> seedLines() throws IOException {
        try (InputStream in = SeedReportIT.class.getResourceAsStream("/seed/bao-cao-cchc-quy-I-2022-so-khcn-nghe-an.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
