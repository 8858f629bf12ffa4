package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Procedures over HTTP: create and correct them, change their online level from a day on with the history kept, every
 * rule at its input path, the roles (a reporter writes the procedures its subtree is competent for) and the audit
 * trail. Each test records procedures of its own, with codes unique to the run, for units inside the department (the
 * sample's procedures of the department itself stay as other tests know them).
 */
class ProcedureMutationsIT extends DeployedApplication {

    private static final String PAYLOAD = "{ version procedure { code version name nationalCode publicised field { code } "
            + "competentUnit { code } legacyOnlineLevel onlineService onlineServiceHistory { effectiveFrom legacyLevel onlineService } } }";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final String FIELD = "NANG_LUONG_NGUYEN_TU";

    private static String code(String name) {
        return "IT-" + name + "-" + RUN;
    }


    private static String newProcedure(String code, String unit, String level) {
        return """
                {"code": "%s", "nationalCode": "1.0%s", "name": "Thủ tục thử nghiệm %s", "fieldCode": "%s", "competentUnitCode": "%s",
                 "publicised": true%s}""".formatted(code, RUN, code, FIELD, unit, level == null ? "" : ", \"onlineLevel\": " + level);
    }

    private JsonObject create(GraphQLClient as, String code, String level) {
        return Writes.ok(as, "createProcedure", "CreateProcedureInput", newProcedure(code, "NA-SKHCN-VP", level), PAYLOAD);
    }

    private List<String> audit(String code) {
        return client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 100, filter: {entityType: {eq: "Procedure"}, unit: {code: {eq: "NA-SKHCN-VP"}}}) {
                    nodes { action actor after } } }""").getJsonObject("auditTrail").getJsonArray("nodes").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("after").contains("\"code\":\"" + code + "\""))
                .map(e -> e.getString("actor") + ":" + e.getString("action")).toList();
    }

    @Test
    void shouldKeepEveryChangeOfOnlineLevelAsHistoryWithItsDate() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String code = code("LEVEL");
        JsonObject p = create(reporter, code, "{\"effectiveFrom\": \"2022-01-01\", \"legacyLevel\": 3}");
        JsonObject procedure = p.getJsonObject("procedure");
        assertThat(procedure.getString("onlineService")).isEqualTo("PARTIAL");
        assertThat(procedure.getInt("legacyOnlineLevel")).isEqualTo(3);
        assertThat(procedure.getBoolean("publicised")).isTrue();
        assertThat(procedure.getJsonArray("onlineServiceHistory")).hasSize(1);

        p = Writes.ok(reporter, "changeOnlineService", "ChangeOnlineServiceInput", """
                {"code": "%s", "version": %d, "effectiveFrom": "2024-07-01", "service": "FULL"}""".formatted(code, p.getInt("version")), PAYLOAD);
        procedure = p.getJsonObject("procedure");
        assertThat(procedure.getString("onlineService")).isEqualTo("FULL");
        assertThat(procedure.isNull("legacyOnlineLevel")).as("level 3 no longer holds").isTrue();
        assertThat(procedure.getJsonArray("onlineServiceHistory").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("effectiveFrom") + " " + c.getString("onlineService"))
                .containsExactly("2022-01-01 PARTIAL", "2024-07-01 FULL");
        int version = p.getInt("version");

        String change = "{\"code\": \"" + code + "\", \"version\": " + version + ", %s}";
        assertThat(Writes.fields(Writes.refused(reporter, "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2024-07-01\", \"legacyLevel\": 4"), PAYLOAD)))
                .as("changes in date order").isEqualTo("INVALID_ONLINE_LEVEL@input.effectiveFrom");
        List<JsonObject> mismatch = Writes.refused(reporter.inLanguage("en"), "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2025-01-01\", \"legacyLevel\": 4, \"service\": \"PARTIAL\""), PAYLOAD);
        assertThat(Writes.fields(mismatch)).isEqualTo("INVALID_ONLINE_LEVEL@input.legacyLevel");
        assertThat(mismatch.get(0).getString("message")).isEqualTo("Legacy level 4 (Decree 43/2011) is not the online service PARTIAL (Decree 42/2022)");
        assertThat(Writes.fields(Writes.refused(reporter, "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2025-01-01\""), PAYLOAD))).isEqualTo("REQUIRED@input.service");
        assertThat(Writes.fields(Writes.refused(reporter, "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2025-01-01\", \"legacyLevel\": 5"), PAYLOAD))).isEqualTo("OUT_OF_RANGE@input.legacyLevel");
        assertThat(Writes.fields(Writes.refused(reporter, "changeOnlineService", "ChangeOnlineServiceInput",
                "{\"code\": \"" + code + "\", \"version\": " + (version - 1) + ", \"effectiveFrom\": \"2025-01-01\", \"service\": \"NONE\"}",
                PAYLOAD))).isEqualTo("CONFLICT@input.version");
        assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2025-01-01\", \"service\": \"NONE\""), PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.anonymous(), "changeOnlineService", "ChangeOnlineServiceInput",
                change.formatted("\"effectiveFrom\": \"2025-01-01\", \"service\": \"NONE\""), PAYLOAD))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        JsonObject read = client.as(GraphQLClient.ADMIN).data("{ procedure(code: \"" + code + "\") { version onlineServiceHistory { effectiveFrom } } }")
                .getJsonObject("procedure");
        assertThat(read.getInt("version")).as("nothing written").isEqualTo(version);
        assertThat(read.getJsonArray("onlineServiceHistory")).hasSize(2);
        assertThat(audit(code)).containsExactlyInAnyOrder("reporter:createProcedure", "reporter:changeOnlineService");
    }

    @Test
    void shouldReportEveryBrokenRuleOfAProcedureAtItsPath() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        String taken = code("TAKEN");
        create(admin, taken, null);
        List<JsonObject> errors = Writes.refused(admin, "createProcedure", "CreateProcedureInput", """
                {"code": "%s", "name": "Thủ tục", "fieldCode": "KHONG_CO", "competentUnitCode": "NA-KHONG-CO",
                 "onlineLevel": {"effectiveFrom": "2024-01-01", "legacyLevel": 2, "service": "FULL"}}""".formatted(taken), PAYLOAD);
        assertThat(Writes.fields(errors)).isEqualTo("DUPLICATE_PROCEDURE@input.code UNKNOWN_FIELD@input.fieldCode "
                + "UNKNOWN_UNIT@input.competentUnitCode INVALID_ONLINE_LEVEL@input.onlineLevel.legacyLevel");
        assertThat(errors.get(0).getString("message")).isEqualTo("Đã có thủ tục hành chính mã " + taken);
        assertThat(Writes.fields(Writes.refused(admin, "createProcedure", "CreateProcedureInput", """
                {"code": "%s", "name": " ", "fieldCode": "%s", "competentUnitCode": "NA-SKHCN"}""".formatted(code("BLANK"), FIELD), PAYLOAD)))
                .isEqualTo("REQUIRED@input.name");
    }

    @Test
    void shouldCorrectAProcedureOfTheReportersSubtreeOnly() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String code = code("UPD");
        JsonObject p = create(reporter, code, null);
        String update = """
                {"code": "%s", "version": %d, "name": "Thủ tục thử nghiệm (sửa)", "fieldCode": "TIEU_CHUAN_DO_LUONG_CHAT_LUONG",
                 "competentUnitCode": "%s"}""";
        JsonObject updated = Writes.ok(reporter, "updateProcedure", "UpdateProcedureInput",
                update.formatted(code, p.getInt("version"), "NA-SKHCN-MC"), PAYLOAD);
        assertThat(updated.getInt("version")).isGreaterThan(p.getInt("version"));
        assertThat(updated.getJsonObject("procedure").getString("name")).isEqualTo("Thủ tục thử nghiệm (sửa)");
        assertThat(updated.getJsonObject("procedure").getJsonObject("field").getString("code")).isEqualTo("TIEU_CHUAN_DO_LUONG_CHAT_LUONG");
        assertThat(updated.getJsonObject("procedure").getJsonObject("competentUnit").getString("code")).isEqualTo("NA-SKHCN-MC");
        assertThat(updated.getJsonObject("procedure").isNull("nationalCode")).as("left out: none").isTrue();
        int version = updated.getInt("version");

        assertThat(Writes.refused(reporter, "updateProcedure", "UpdateProcedureInput", update.formatted(code, version, "NA-SNV"), PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(reporter, "createProcedure", "CreateProcedureInput", newProcedure(code("SNV"), "NA-SNV", null), PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.HOME_AFFAIRS), "updateProcedure", "UpdateProcedureInput",
                update.formatted(code, version, "NA-SKHCN"), PAYLOAD)).extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), "createProcedure", "CreateProcedureInput",
                newProcedure(code("AN"), "NA-SKHCN-VP", null), PAYLOAD)).extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.anonymous(), "updateProcedure", "UpdateProcedureInput",
                update.formatted(code, version, "NA-SKHCN"), PAYLOAD)).extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(client.as(GraphQLClient.ADMIN).data("{ procedure(code: \"" + code + "\") { version competentUnit { code } } }")
                .getJsonObject("procedure").getJsonObject("competentUnit").getString("code")).as("nothing written").isEqualTo("NA-SKHCN-MC");
        assertThat(client.as(GraphQLClient.ADMIN).data("{ procedure(code: \"" + code("SNV") + "\") { code } }").isNull("procedure")).isTrue();
    }
}
