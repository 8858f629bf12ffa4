package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role × operation matrix over HTTP, every cell: what each role may read and write, a reporter writing another
 * unit, an anonymous client reaching for a draft through nested fields, and wrong credentials.
 *
 * <p>Writes are sent with a stale version, or for a period, code or number that is taken: a caller the policy lets
 * through meets CONFLICT or DUPLICATE_*, one it stops meets FORBIDDEN or UNAUTHENTICATED, and nothing is written in
 * either case.
 */
class AccessIT extends DeployedApplication {

    private static final String OK = "ok";
    private static final List<String> ROLES = List.of("admin", "home-affairs", "reporter", "analyst", "anonymous");

    private static String draftId;
    private static String foreignDraftId;
    private static String planId;
    private static String findingId;

    private GraphQLClient as(String role) {
        return switch (role) {
            case "admin" -> client.as(GraphQLClient.ADMIN);
            case "home-affairs" -> client.as(GraphQLClient.HOME_AFFAIRS);
            case "reporter" -> client.as(GraphQLClient.REPORTER);
            case "analyst" -> client.as(GraphQLClient.ANALYST);
            default -> client.anonymous();
        };
    }

    /** A draft of the reporter's own subtree and one of another department, made once for the class. */
    @BeforeEach
    void drafts() {
        if (draftId == null) {
            draftId = Writes.draft(client.as(GraphQLClient.REPORTER), "NA-SKHCN-MC", 2023, 1, "Báo cáo quý I năm 2023 của Bộ phận một cửa")
                    .getJsonObject("report").getString("id");
            foreignDraftId = Writes.draft(client.as(GraphQLClient.ADMIN), "NA-SNV", 2023, 1, "Báo cáo CCHC quý I năm 2023 của Sở Nội vụ")
                    .getJsonObject("report").getString("id");
            planId = client.as(GraphQLClient.ADMIN).data("{ document(number: \"56/SKHCN-VP\") { id } }").getJsonObject("document")
                    .getString("id");
            findingId = client.as(GraphQLClient.ADMIN).data("{ dataFindings(filter: {rule: {eq: \"LISTED_UNITS_MISMATCH\"}, "
                    + "unit: {code: {eq: \"NA-SKHCN\"}}}) { nodes { id } } }").getJsonObject("dataFindings").getJsonArray("nodes")
                    .getJsonObject(0).getString("id");
        }
    }

    /** The outcome of a query or mutation: "ok", or the code of its first error. */
    private static String outcome(JsonObject response) {
        if (response.containsKey("errors")) {
            return response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
        }
        return OK;
    }

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("unit", "{ unit(code: \"NA-SKHCN\") { code } }");
        QUERIES.put("units", "{ units(first: 1) { totalCount } }");
        QUERIES.put("documents", "{ documents(first: 1) { totalCount } }");
        QUERIES.put("document", "{ document(number: \"56/SKHCN-VP\") { number } }");
        QUERIES.put("planTasks", "{ planTasks(first: 1) { totalCount } }");
        QUERIES.put("procedures", "{ procedures(first: 1) { totalCount } }");
        QUERIES.put("procedureFields", "{ procedureFields { code } }");
        QUERIES.put("dossiers", "{ dossiers(first: 1) { totalCount } }");
        QUERIES.put("indicators", "{ indicators { code } }");
        QUERIES.put("reformAreas", "{ reformAreas { area } }");
        QUERIES.put("dossierStatistics", "{ dossierStatistics(period: {type: YEAR, year: 2024}, groupBy: []) { received } }");
        QUERIES.put("observationSeries", "{ observationSeries(indicatorCode: \"DOSSIERS_ONLINE\", units: {code: {eq: \"NA-SKHCN\"}},"
                + " from: {type: QUARTER, year: 2022, number: 1}) { unit { code } } }");
        QUERIES.put("ranking", "{ ranking(period: {type: QUARTER, year: 2022, number: 1}, units: {code: {eq: \"NA-SKHCN\"}},"
                + " indicatorCode: \"DOSSIERS_ONLINE\") { order } }");
        QUERIES.put("reportedVersusComputed", "{ reportedVersusComputed(units: {code: {eq: \"NA-SKHCN\"}},"
                + " from: {type: QUARTER, year: 2022, number: 1}) { difference } }");
        QUERIES.put("auditTrail", "{ auditTrail(first: 1) { totalCount } }");
        QUERIES.put("reports", "{ reports(first: 1) { totalCount } }");
        QUERIES.put("report", "{ report(id: \"1\") { id } }");
        QUERIES.put("observations", "{ observations(first: 1) { totalCount } }");
        QUERIES.put("importJobs", "{ importJobs(first: 1) { totalCount } }");
        QUERIES.put("importJob", "{ importJob(id: \"1\") { id } }");
        QUERIES.put("reportsDue", "{ reportsDue(from: {type: QUARTER, year: 2023, number: 1}) { unit { code } } }");
        QUERIES.put("viewer", "{ viewer { permissions } }");
        QUERIES.put("dataFindings", "{ dataFindings(first: 1) { totalCount } }");
        QUERIES.put("dataFinding", "{ dataFinding(id: \"1\") { id } }");
        QUERIES.put("dataFindingRules", "{ dataFindingRules { code } }");
        QUERIES.put("dataQualityRanking", "{ dataQualityRanking(period: {type: QUARTER, year: 2022, number: 1}) { order } }");
    }

    /** Expected outcome per role, in the order of ROLES. */
    private static List<String> expected(String query) {
        return switch (query) {
            case "auditTrail" -> List.of(OK, OK, "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED");
            case "reports", "report", "observations", "viewer" -> List.of(OK, OK, OK, OK, OK);
            default -> List.of(OK, OK, OK, OK, "UNAUTHENTICATED");
        };
    }

    @Test
    void shouldLetEachRoleReadWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        QUERIES.forEach((name, query) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                String got = outcome(as(ROLES.get(i)).post(query));
                if (!got.equals(expected(name).get(i))) {
                    wrong.add(ROLES.get(i) + " " + name + ": " + got + ", expected " + expected(name).get(i));
                }
            }
        });
        assertThat(wrong).isEmpty();
        JsonObject denied = client.anonymous().post(QUERIES.get("units"));
        assertThat(denied.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Thao tác 'units' cần đăng nhập");
        assertThat(client.inLanguage("en").post(QUERIES.get("auditTrail")).getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("User analyst may not 'auditTrail'");
    }

    private String state() {
        return client.as(GraphQLClient.ADMIN).data("""
                { a: report(id: "%s") { version status title } b: report(id: "%s") { version status title }
                  reports(filter: {period: {type: {eq: QUARTER}, year: {eq: 2023}, number: {eq: 1}}}) { totalCount } auditTrail { totalCount }
                  unit(code: "NA-SKHCN-MC") { version name validTo parent { code } }
                  document(number: "56/SKHCN-VP") { version links { type } tasks { number status } }
                  procedure(code: "NA-SKHCN-NLNT-XQUANG") { version onlineServiceHistory { effectiveFrom } }
                  dataFinding(id: "%s") { version status } }"""
                .formatted(draftId, foreignDraftId, findingId)).toString();
    }

    @Test
    void shouldLetEachRoleWriteWhatTheMatrixSaysAndWriteNothingWhenRefused() {
        String before = state();
        String stale = "\"version\": 0";
        Map<String, String[]> writes = new LinkedHashMap<>();
        // operation -> input type, input, expected outcomes in the order of ROLES[, the payload's selection]
        writes.put("createReport", new String[] {"CreateReportInput", """
                {"unitCode": "NA-SKHCN-MC", "period": {"type": "QUARTER", "year": 2023, "number": 1}, "title": "Lần nữa"}""",
                "DUPLICATE_REPORT FORBIDDEN DUPLICATE_REPORT FORBIDDEN UNAUTHENTICATED"});
        String own = "{\"reportId\": \"" + draftId + "\", " + stale;
        writes.put("updateReportHeading", new String[] {"UpdateReportHeadingInput", own + ", \"title\": \"Sửa\"}",
                "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED"});
        writes.put("replaceReportSections", new String[] {"ReplaceReportSectionsInput", own + ", \"sections\": []}",
                "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED"});
        writes.put("recordObservations", new String[] {"RecordObservationsInput", own + ", \"observations\": []}",
                "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED"});
        writes.put("submitReport", new String[] {"SubmitReportInput", own + "}",
                "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED"});
        writes.put("reviseReport", new String[] {"ReviseReportInput", own + "}",
                "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED"});
        writes.put("returnReport", new String[] {"ReturnReportInput", own + ", \"reason\": \"Thiếu\"}",
                "CONFLICT CONFLICT FORBIDDEN FORBIDDEN UNAUTHENTICATED"});
        writes.put("approveReport", new String[] {"ApproveReportInput", own + "}",
                "CONFLICT CONFLICT FORBIDDEN FORBIDDEN UNAUTHENTICATED"});
        // the directory of the reporter's own department: a taken code or number, or a stale version
        String directory = "DUPLICATE FORBIDDEN DUPLICATE FORBIDDEN UNAUTHENTICATED";
        String staleDirectory = "CONFLICT FORBIDDEN CONFLICT FORBIDDEN UNAUTHENTICATED";
        writes.put("createUnit", new String[] {"CreateUnitInput", """
                {"code": "NA-SKHCN-MC", "name": "Bộ phận một cửa", "kind": "ONE_STOP_SHOP", "parentCode": "NA-SKHCN"}""",
                directory.replace("DUPLICATE", "DUPLICATE_UNIT")});
        String unit = "{\"code\": \"NA-SKHCN-MC\", " + stale;
        writes.put("renameUnit", new String[] {"RenameUnitInput", unit + ", \"name\": \"Sửa\"}", staleDirectory});
        writes.put("moveUnit", new String[] {"MoveUnitInput", unit + ", \"parentCode\": \"NA-SKHCN-VP\"}", staleDirectory});
        writes.put("closeUnit", new String[] {"CloseUnitInput", unit + ", \"closedOn\": \"2025-03-01\", \"successorCode\": \"NA-SKHCN\"}",
                staleDirectory});
        String plan = """
                "number": "56/SKHCN-VP", "kind": "PLAN", "issuerCode": "NA-SKHCN", "planYear": 2022, "planType": "ADMINISTRATIVE_REFORM\"""";
        writes.put("createDocument", new String[] {"CreateDocumentInput", "{" + plan + "}",
                directory.replace("DUPLICATE", "DUPLICATE_DOCUMENT")});
        writes.put("updateDocument", new String[] {"UpdateDocumentInput", "{\"documentId\": \"" + planId + "\", " + stale + ", " + plan + "}",
                staleDirectory});
        String ofPlan = "{\"documentId\": \"" + planId + "\", " + stale + ", ";
        String task = "\"task\": {\"description\": \"Rà soát thủ tục hành chính\"}";
        writes.put("addPlanTask", new String[] {"AddPlanTaskInput", ofPlan + task + "}", staleDirectory});
        writes.put("revisePlanTask", new String[] {"RevisePlanTaskInput", ofPlan + "\"number\": 1, " + task + "}", staleDirectory});
        writes.put("reportPlanTaskProgress", new String[] {"ReportPlanTaskProgressInput",
                ofPlan + "\"number\": 1, \"status\": \"IN_PROGRESS\"}", staleDirectory});
        writes.put("removePlanTask", new String[] {"RemovePlanTaskInput", ofPlan + "\"number\": 1}", staleDirectory});
        String procedure = """
                "name": "Cấp giấy phép", "fieldCode": "NANG_LUONG_NGUYEN_TU", "competentUnitCode": "NA-SKHCN\"""";
        writes.put("createProcedure", new String[] {"CreateProcedureInput", "{\"code\": \"NA-SKHCN-NLNT-XQUANG\", " + procedure + "}",
                directory.replace("DUPLICATE", "DUPLICATE_PROCEDURE")});
        writes.put("updateProcedure", new String[] {"UpdateProcedureInput",
                "{\"code\": \"NA-SKHCN-NLNT-XQUANG\", " + stale + ", " + procedure + "}", staleDirectory});
        writes.put("changeOnlineService", new String[] {"ChangeOnlineServiceInput",
                "{\"code\": \"NA-SKHCN-NLNT-XQUANG\", " + stale + ", \"effectiveFrom\": \"2030-01-01\", \"service\": \"FULL\"}",
                staleDirectory});
        // a file without the required columns: an import the policy lets through is accepted, then fails writing nothing
        writes.put("importDossiers", new String[] {"ImportDossiersInput", "{\"format\": \"CSV\", \"content\": \"dossierCode\"}",
                "ok FORBIDDEN ok FORBIDDEN UNAUTHENTICATED", "{ job { id } }"});
        // the rules on a unit that does not exist, a finding of the reporter's own department at a stale version
        writes.put("evaluateDataFindings", new String[] {"EvaluateDataFindingsInput",
                "{\"unitCode\": \"KHONG-CO\", \"from\": {\"type\": \"QUARTER\", \"year\": 2022, \"number\": 1}}",
                "NOT_FOUND NOT_FOUND FORBIDDEN FORBIDDEN UNAUTHENTICATED", "{ opened }"});
        writes.put("changeDataFindingStatus", new String[] {"ChangeDataFindingStatusInput",
                "{\"id\": \"" + findingId + "\", " + stale + ", \"status\": \"RESOLVED\"}",
                "CONFLICT CONFLICT CONFLICT FORBIDDEN UNAUTHENTICATED", "{ finding { id } }"});
        List<String> wrong = new ArrayList<>();
        writes.forEach((operation, spec) -> {
            String[] expected = spec[2].split(" ");
            for (int i = 0; i < ROLES.size(); i++) {
                JsonObject response = Writes.send(as(ROLES.get(i)), operation, spec[0], spec[1],
                        spec.length > 3 ? spec[3] : "{ version }"); // every payload but the import job's has a version
                if (!outcome(response).equals(expected[i])) {
                    wrong.add(ROLES.get(i) + " " + operation + ": " + response + ", expected " + expected[i]);
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(state()).as("nothing written").isEqualTo(before);
    }

    @Test
    void shouldKeepAReporterToItsOwnUnitsSubtree() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String before = state();
        JsonObject foreign = client.as(GraphQLClient.ADMIN).data("{ report(id: \"" + foreignDraftId + "\") { version } }")
                .getJsonObject("report");
        List<JsonObject> errors = Writes.refused(reporter, "updateReportHeading", "UpdateReportHeadingInput",
                "{\"reportId\": \"" + foreignDraftId + "\", \"version\": " + foreign.getInt("version") + ", \"title\": \"Sửa hộ\"}");
        assertThat(errors).extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(errors.get(0).getString("message")).isEqualTo("Người dùng reporter không có quyền thực hiện thao tác 'updateReportHeading'");
        assertThat(Writes.refused(reporter, "createReport", "CreateReportInput", """
                {"unitCode": "NA-SNV", "period": {"type": "QUARTER", "year": 2023, "number": 2}, "title": "Báo cáo hộ"}"""))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(reporter.data("{ report(id: \"" + foreignDraftId + "\") { id } }").isNull("report"))
                .as("another department's draft is not the reporter's to read").isTrue();
        assertThat(reporter.data("{ report(id: \"" + draftId + "\") { id } }").isNull("report")).isFalse();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldNeverShowADraftToAnAnonymousClientWhateverThePath() {
        GraphQLClient anonymous = client.anonymous();
        assertThat(anonymous.data("{ report(id: \"" + draftId + "\") { id } }").isNull("report")).isTrue();
        List<JsonObject> reports = anonymous.data("{ reports(first: 100, filter: {period: {year: {eq: 2023}}}) { nodes { status } } }")
                .getJsonObject("reports").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertThat(reports).isNotEmpty().extracting(r -> r.getString("status")).allMatch(s -> s.equals("APPROVED") || s.equals("SUPERSEDED"));
        // through the nested fields of what an anonymous client may read: the unit's reports, the figures' reports
        JsonObject nested = anonymous.post("""
                { reports(first: 100) { nodes { status unit { reports(first: 100) { nodes { id status } } } } }
                  observations(first: 100) { nodes { report { id status } } } }""");
        assertThat(nested.toString()).doesNotContain("\"DRAFT\"").doesNotContain("\"SUBMITTED\"").doesNotContain("\"RETURNED\"")
                .doesNotContain("\"" + draftId + "\"");
        assertThat(outcome(anonymous.post("{ reports(first: 1) { nodes { unit { documents { totalCount } } } } }")))
                .as("no directory behind a public report").isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.data("{ observations(filter: {unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) { totalCount } }")
                .getJsonObject("observations").getInt("totalCount")).as("the seed report is submitted, not approved").isZero();
        assertThat(client.data("{ observations(filter: {unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) { totalCount } }")
                .getJsonObject("observations").getInt("totalCount")).isPositive();
    }

    @Test
    void shouldRefuseWrongCredentialsWith401() {
        HttpResponse<String> wrong = client.withAuthorization("Basic " + java.util.Base64.getEncoder()
                .encodeToString("analyst:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8))).postRaw("{\"query\": \"{ units { totalCount } }\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Basic"));
        JsonObject error = GraphQLClient.json(wrong).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(client.withAuthorization("Digest abc").postRaw("{\"query\": \"{ units { totalCount } }\"}").statusCode()).isEqualTo(401);
        assertThat(client.withAuthorization("Bearer not.a.token").postRaw("{\"query\": \"{ units { totalCount } }\"}").statusCode())
                .isEqualTo(401);
        assertThat(GraphQLClient.json(client.anonymous().postRaw("{\"query\": \"{ reports { totalCount } }\"}")).get("data"))
                .as("no credentials: anonymous, not refused").isNotEqualTo(JsonValue.NULL);
    }
}
