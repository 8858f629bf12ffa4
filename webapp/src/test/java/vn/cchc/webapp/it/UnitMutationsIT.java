package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit tree's mutations over HTTP: create, rename, move with the subtree, close with a successor; every rule at its
 * input path, the roles (a reporter inside the subtree of Sở Khoa học và Công nghệ, only admin at the top of the tree),
 * and the audit trail. Each test makes units of its own, with codes unique to the run.
 */
class UnitMutationsIT extends DeployedApplication {

    private static final String PAYLOAD = "{ version unit { code name shortName kind validFrom validTo parent { code } "
            + "successors { code } predecessors { code } } }";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private static String code(String name) {
        return "IT-" + name + "-" + RUN;
    }

    private static JsonObject ok(GraphQLClient as, String field, String inputType, String input) {
        return Writes.ok(as, field, inputType, input, PAYLOAD);
    }

    private static List<JsonObject> refused(GraphQLClient as, String field, String inputType, String input) {
        return Writes.refused(as, field, inputType, input, PAYLOAD);
    }


    private static String newUnit(String code, String parentCode, String validFrom) {
        return """
                {"code": "%s", "name": "Phòng thử nghiệm %s", "kind": "SPECIALISED_DIVISION"%s%s}""".formatted(code, code,
                parentCode == null ? "" : ", \"parentCode\": \"" + parentCode + "\"",
                validFrom == null ? "" : ", \"validFrom\": \"" + validFrom + "\"");
    }

    private JsonObject create(String code, String parentCode, String validFrom) {
        return ok(client.as(GraphQLClient.ADMIN), "createUnit", "CreateUnitInput", newUnit(code, parentCode, validFrom));
    }

    private JsonObject unit(String code) {
        return client.as(GraphQLClient.ADMIN).data("{ unit(code: \"" + code + "\") { code name parent { code } validTo } }");
    }

    private List<String> subtree(String code) {
        return client.as(GraphQLClient.ADMIN).data("{ units(first: 100, filter: {within: \"" + code + "\"}) { nodes { code } } }")
                .getJsonObject("units").getJsonArray("nodes").getValuesAs(JsonObject.class).stream().map(n -> n.getString("code")).toList();
    }

    private List<String> audit(String code) {
        return client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 100, filter: {entityType: {eq: "Unit"}, unit: {code: {eq: "%s"}}}) {
                    nodes { action actor reason before after } } }""".formatted(code))
                .getJsonObject("auditTrail").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + ":" + e.getString("action")).toList();
    }

    @Test
    void shouldLetAReporterCreateBelowItsUnitAndOnlyAdminAtTheTop() {
        String own = code("OWN");
        JsonObject created = ok(client.as(GraphQLClient.REPORTER), "createUnit", "CreateUnitInput", newUnit(own, "NA-SKHCN", "2024-01-01"));
        assertThat(created.getJsonObject("unit").getJsonObject("parent").getString("code")).isEqualTo("NA-SKHCN");
        assertThat(created.getJsonObject("unit").getString("validFrom")).isEqualTo("2024-01-01");
        assertThat(created.getInt("version")).isNotNegative();
        assertThat(subtree("NA-SKHCN")).contains(own);

        String top = code("TOP");
        assertThat(refused(client.as(GraphQLClient.REPORTER), "createUnit", "CreateUnitInput", newUnit(top, null, null)))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.REPORTER), "createUnit", "CreateUnitInput", newUnit(top, "NA-SNV", null)))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.ANALYST), "createUnit", "CreateUnitInput", newUnit(top, "NA-SKHCN", null)))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.HOME_AFFAIRS), "createUnit", "CreateUnitInput", newUnit(top, "NA-SKHCN", null)))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.anonymous(), "createUnit", "CreateUnitInput", newUnit(top, "NA-SKHCN", null)))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(unit(top).isNull("unit")).as("nothing written").isTrue();

        create(top, null, null);
        assertThat(unit(top).getJsonObject("unit").isNull("parent")).isTrue();
        assertThat(audit(own)).containsExactly("reporter:createUnit");
    }

    @Test
    void shouldReportEveryBrokenRuleOfANewUnitAtItsPath() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        String taken = code("TAKEN");
        create(taken, "NA-SKHCN", null);
        List<JsonObject> errors = refused(admin, "createUnit", "CreateUnitInput", """
                {"code": "%s", "name": "Tên", "kind": "COMMUNE", "parentCode": "NA-KHONG-CO"}""".formatted(taken));
        assertThat(Writes.fields(errors)).isEqualTo("UNKNOWN_UNIT@input.parentCode DUPLICATE_UNIT@input.code");
        assertThat(errors.get(1).getString("message")).isEqualTo("Đã có đơn vị mã " + taken);
        assertThat(refused(admin.inLanguage("en"), "createUnit", "CreateUnitInput", """
                {"code": "%s", "name": "Tên", "kind": "COMMUNE"}""".formatted(taken)).get(0).getString("message"))
                .isEqualTo("A unit already has the code " + taken);
        assertThat(Writes.fields(refused(admin, "createUnit", "CreateUnitInput", """
                {"code": "it-lower case", "name": "Tên", "kind": "COMMUNE", "parentCode": "NA"}"""))).isEqualTo("INVALID_UNIT@input.code");

        String closed = code("CLOSED");
        String successor = code("SUCC");
        create(closed, "NA-SKHCN", "2020-01-01");
        create(successor, "NA-SKHCN", "2020-01-01");
        closeOk(closed, successor, "2025-03-01");
        assertThat(Writes.fields(refused(admin, "createUnit", "CreateUnitInput", newUnit(code("LATE"), closed, "2025-06-01"))))
                .as("nothing is placed under a closed unit").isEqualTo("UNIT_CLOSED@input.parentCode");
    }

    private JsonObject closeOk(String code, String successor, String closedOn) {
        int version = version(code);
        return ok(client.as(GraphQLClient.ADMIN), "closeUnit", "CloseUnitInput", """
                {"code": "%s", "version": %d, "closedOn": "%s", "successorCode": "%s", "reason": "Sáp nhập theo Nghị quyết"}"""
                .formatted(code, version, closedOn, successor));
    }

    private int version(String code) {
        return client.as(GraphQLClient.ADMIN).data("{ unit(code: \"" + code + "\") { version } }").getJsonObject("unit").getInt("version");
    }

    @Test
    void shouldRenameWithTheVersionReadAndRefuseAStaleOne() {
        String code = code("REN");
        JsonObject created = create(code, "NA-SKHCN", null);
        int v = created.getInt("version");
        JsonObject renamed = ok(client.as(GraphQLClient.REPORTER), "renameUnit", "RenameUnitInput", """
                {"code": "%s", "version": %d, "name": "Phòng Kế hoạch - Tài chính", "shortName": "Phòng KHTC"}""".formatted(code, v));
        assertThat(renamed.getJsonObject("unit").getString("name")).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(renamed.getInt("version")).isGreaterThan(v);
        List<JsonObject> stale = refused(client.as(GraphQLClient.REPORTER), "renameUnit", "RenameUnitInput", """
                {"code": "%s", "version": %d, "name": "Tên cũ"}""".formatted(code, v));
        assertThat(Writes.fields(stale)).isEqualTo("CONFLICT@input.version");
        assertThat(stale.get(0).getJsonObject("extensions").getInt("currentVersion")).isEqualTo(renamed.getInt("version"));
        assertThat(Writes.fields(refused(client.as(GraphQLClient.ADMIN), "renameUnit", "RenameUnitInput",
                "{\"code\": \"NA-KHONG-CO\", \"version\": 0, \"name\": \"x\"}"))).isEqualTo("NOT_FOUND@input.code");
        assertThat(refused(client.as(GraphQLClient.REPORTER), "renameUnit", "RenameUnitInput",
                "{\"code\": \"NA-SNV\", \"version\": 0, \"name\": \"Sở khác\"}")).extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.ANALYST), "renameUnit", "RenameUnitInput",
                "{\"code\": \"%s\", \"version\": %d, \"name\": \"x\"}".formatted(code, renamed.getInt("version"))))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.anonymous(), "renameUnit", "RenameUnitInput",
                "{\"code\": \"%s\", \"version\": %d, \"name\": \"x\"}".formatted(code, renamed.getInt("version"))))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(unit(code).getJsonObject("unit").getString("name")).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(audit(code)).containsExactlyInAnyOrder("admin:createUnit", "reporter:renameUnit");
    }

    @Test
    void shouldMoveAUnitWithItsWholeSubtreeAndNeverUnderItself() {
        String a = code("MA");
        String b = code("MB");
        String c = code("MC");
        create(a, "NA-SKHCN", null);
        create(b, a, null);
        create(c, b, null);
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject moved = ok(reporter, "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "NA-SKHCN-VP"}""".formatted(a, version(a)));
        assertThat(moved.getJsonObject("unit").getJsonObject("parent").getString("code")).isEqualTo("NA-SKHCN-VP");
        assertThat(subtree("NA-SKHCN-VP")).as("the paths of the whole subtree follow").contains(a, b, c);
        assertThat(subtree(b)).containsExactlyInAnyOrder(b, c);

        assertThat(Writes.fields(refused(reporter, "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "%s"}""".formatted(a, version(a), c))))
                .isEqualTo("INVALID_UNIT@input.parentCode");
        assertThat(refused(reporter, "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "NA-SNV"}""".formatted(a, version(a))))
                .as("out of the reporter's subtree").extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(reporter, "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d}""".formatted(a, version(a))))
                .as("to the top of the tree").extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.ANALYST), "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "NA-SKHCN"}""".formatted(a, version(a)))).extracting(Writes::code)
                .containsExactly("FORBIDDEN");
        assertThat(refused(client.anonymous(), "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "NA-SKHCN"}""".formatted(a, version(a)))).extracting(Writes::code)
                .containsExactly("UNAUTHENTICATED");
        assertThat(subtree("NA-SKHCN-VP")).as("nothing moved by a refused write").contains(a, b, c);

        ok(client.as(GraphQLClient.ADMIN), "moveUnit", "MoveUnitInput", """
                {"code": "%s", "version": %d, "parentCode": "NA-SNV"}""".formatted(b, version(b)));
        assertThat(subtree("NA-SNV")).contains(b, c);
        assertThat(subtree(a)).containsExactly(a);
        assertThat(audit(b)).containsExactlyInAnyOrder("admin:createUnit", "admin:moveUnit");
    }

    @Test
    void shouldCloseAUnitWithASuccessorOpenOnThatDay() {
        String old = code("OLD");
        String merged = code("NEW");
        String later = code("LATER");
        create(old, "NA-SKHCN", "2015-01-01");
        create(merged, "NA-SKHCN", "2025-03-01");
        create(later, "NA-SKHCN", "2025-06-01");
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String input = """
                {"code": "%s", "version": %d, "closedOn": "%s", "successorCode": "%s", "reason": "Sáp nhập"}""";

        assertThat(Writes.fields(refused(reporter, "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-03-01", later))))
                .isEqualTo("UNIT_CLOSED@input.successorCode");
        assertThat(Writes.fields(refused(reporter, "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2015-01-01", old))))
                .isEqualTo("INVALID_DATE@input.closedOn INVALID_UNIT@input.successorCode");
        assertThat(refused(reporter, "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-03-01", "NA-SNV")))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.as(GraphQLClient.ANALYST), "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-03-01", merged)))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(refused(client.anonymous(), "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-03-01", merged)))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(unit(old).getJsonObject("unit").isNull("validTo")).as("nothing written").isTrue();

        JsonObject closed = ok(reporter, "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-03-01", merged));
        assertThat(closed.getJsonObject("unit").getString("validTo")).as("the day before the merger").isEqualTo("2025-02-28");
        assertThat(closed.getJsonObject("unit").getJsonArray("successors").getJsonObject(0).getString("code")).isEqualTo(merged);
        assertThat(client.as(GraphQLClient.ADMIN).data("{ unit(code: \"" + merged + "\") { predecessors { code } } }")
                .getJsonObject("unit").getJsonArray("predecessors").getJsonObject(0).getString("code")).isEqualTo(old);
        assertThat(Writes.fields(refused(reporter, "closeUnit", "CloseUnitInput", input.formatted(old, version(old), "2025-04-01", merged))))
                .isEqualTo("UNIT_CLOSED@input.code");
        assertThat(audit(old)).containsExactlyInAnyOrder("admin:createUnit", "reporter:closeUnit");
        JsonObject entry = client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 1, filter: {action: {eq: "closeUnit"}, unit: {code: {eq: "%s"}}}) { nodes { reason before after } } }"""
                .formatted(old)).getJsonObject("auditTrail").getJsonArray("nodes").getJsonObject(0);
        assertThat(entry.getString("reason")).isEqualTo("Sáp nhập");
        assertThat(entry.getString("before")).doesNotContain("validTo");
        assertThat(entry.getString("after")).contains("\"validTo\":\"2025-02-28\"").contains(merged);
    }
}
