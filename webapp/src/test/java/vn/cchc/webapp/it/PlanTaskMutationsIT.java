package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tasks of a plan over HTTP: a plan created with its tasks, each task mutation, every rule at its input path with
 * its message, the roles (who may correct the plan may change its tasks), a stale version, the audit trail, and a
 * refused write leaving the plan exactly as it was. Each test records plans of its own, numbered uniquely for the run.
 */
class PlanTaskMutationsIT extends DeployedApplication {

    private static final String TASKS = "tasks { number description area leadUnit { code } coordinatingUnits { code } deadline "
            + "expectedOutput status completedOn overdue }";
    private static final String PAYLOAD = "{ version document { id version " + TASKS + " } }";
    /** A running number no sample document has, unique to the run; a letter after it tells the tests' plans apart. */
    private static final long RUN = 100_000 + System.currentTimeMillis() / 1000 % 900_000;

    private static final String REVIEW = """
            {"description": "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Sở",
             "area": "ADMINISTRATIVE_PROCEDURE_REFORM", "leadUnitCode": "NA-SKHCN-VP", "coordinatingUnitCodes": ["NA-SKHCN-MC"],
             "deadline": "2024-06-30", "expectedOutput": "Phương án đơn giản hóa thủ tục hành chính"}""";
    private static final String STANDING = """
            {"description": "Công khai thủ tục hành chính tại Bộ phận một cửa", "area": "ADMINISTRATIVE_PROCEDURE_REFORM"}""";

    private static String number(char letter, String symbol) {
        return RUN + String.valueOf(letter) + "/2024/" + symbol;
    }

    /** A plan for 2024 issued on 15 January 2024, with these tasks (the items of a JSON array), recorded by {@code as}. */
    private static JsonObject plan(GraphQLClient as, char letter, String issuerCode, String tasks) {
        return Writes.ok(as, "createDocument", "CreateDocumentInput", """
                {"number": "%s", "kind": "PLAN", "issuedOn": "2024-01-15", "issuerCode": "%s",
                 "subject": "Kế hoạch cải cách hành chính năm 2024", "planYear": 2024, "planType": "ADMINISTRATIVE_REFORM",
                 "tasks": [%s]}""".formatted(number(letter, "KH-VP"), issuerCode, tasks), PAYLOAD);
    }

    /** The input of a change to the tasks of the plan a payload answered: its id and version, then {@code more}. */
    private static String change(JsonObject payload, String more) {
        return "{\"documentId\": \"" + payload.getJsonObject("document").getString("id") + "\", \"version\": "
                + payload.getInt("version") + ", " + more + "}";
    }

    private static List<JsonObject> tasks(JsonObject payload) {
        return payload.getJsonObject("document").getJsonArray("tasks").getValuesAs(JsonObject.class);
    }

    private static List<Integer> numbers(JsonObject payload) {
        return tasks(payload).stream().map(t -> t.getInt("number")).toList();
    }

    /** The plan with this number as it is now, with its tasks: what a refused write must leave alone. */
    private JsonObject state(String number) {
        return client.as(GraphQLClient.ADMIN).data("{ document(number: \"%s\") { version %s } }".formatted(number, TASKS))
                .getJsonObject("document");
    }

    @Test
    void shouldCreateAPlanWithItsTasksAndChangeThemOneAtATime() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject created = plan(reporter, 'P', "NA-SKHCN-VP", REVIEW + ", " + STANDING);
        JsonObject review = tasks(created).get(0);
        assertThat(numbers(created)).containsExactly(1, 2);
        assertThat(review.getString("description")).isEqualTo("Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Sở");
        assertThat(review.getString("area")).isEqualTo("ADMINISTRATIVE_PROCEDURE_REFORM");
        assertThat(review.getJsonObject("leadUnit").getString("code")).isEqualTo("NA-SKHCN-VP");
        assertThat(review.getJsonArray("coordinatingUnits").getJsonObject(0).getString("code")).isEqualTo("NA-SKHCN-MC");
        assertThat(review.getString("deadline")).isEqualTo("2024-06-30");
        assertThat(review.getString("expectedOutput")).isEqualTo("Phương án đơn giản hóa thủ tục hành chính");
        assertThat(review.getString("status")).isEqualTo("NOT_STARTED");
        assertThat(review.isNull("completedOn")).isTrue();
        assertThat(review.getBoolean("overdue")).as("not done, due in 2024").isTrue();
        JsonObject standing = tasks(created).get(1);
        assertThat(standing.isNull("leadUnit") && standing.isNull("deadline") && standing.isNull("expectedOutput")).isTrue();
        assertThat(standing.getJsonArray("coordinatingUnits")).isEmpty();
        assertThat(standing.getBoolean("overdue")).as("standing work is never overdue").isFalse();

        JsonObject added = Writes.ok(reporter, "addPlanTask", "AddPlanTaskInput", change(created, """
                "task": {"description": "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "area": "E_GOVERNMENT",
                         "leadUnitCode": "NA-SKHCN-MC", "deadline": "2024-11-30"}"""), PAYLOAD);
        assertThat(numbers(added)).containsExactly(1, 2, 3);
        assertThat(added.getInt("version")).isEqualTo(created.getInt("version") + 1);
        JsonObject seventh = Writes.ok(reporter, "addPlanTask", "AddPlanTaskInput", change(added, "\"number\": 7, \"task\": " + STANDING),
                PAYLOAD);
        assertThat(numbers(seventh)).containsExactly(1, 2, 3, 7);

        JsonObject revised = Writes.ok(reporter, "revisePlanTask", "RevisePlanTaskInput", change(seventh, """
                "number": 2, "task": {"description": "Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công", "area": "E_GOVERNMENT",
                                      "leadUnitCode": "NA-SKHCN-MC", "coordinatingUnitCodes": ["NA-SKHCN-VP"], "deadline": "2024-03-31"}"""),
                PAYLOAD);
        JsonObject second = tasks(revised).get(1);
        assertThat(second.getInt("number")).isEqualTo(2);
        assertThat(second.getString("description")).isEqualTo("Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công");
        assertThat(second.getString("area")).isEqualTo("E_GOVERNMENT");
        assertThat(second.getJsonArray("coordinatingUnits").getJsonObject(0).getString("code")).isEqualTo("NA-SKHCN-VP");
        assertThat(second.getString("deadline")).isEqualTo("2024-03-31");

        JsonObject started = Writes.ok(reporter, "reportPlanTaskProgress", "ReportPlanTaskProgressInput",
                change(revised, "\"number\": 1, \"status\": \"IN_PROGRESS\""), PAYLOAD);
        assertThat(tasks(started).get(0).getString("status")).isEqualTo("IN_PROGRESS");
        JsonObject done = Writes.ok(reporter, "reportPlanTaskProgress", "ReportPlanTaskProgressInput",
                change(started, "\"number\": 1, \"status\": \"DONE\", \"completedOn\": \"2024-07-05\""), PAYLOAD);
        assertThat(tasks(done).get(0).getString("status")).isEqualTo("DONE");
        assertThat(tasks(done).get(0).getString("completedOn")).isEqualTo("2024-07-05");
        assertThat(tasks(done).get(0).getBoolean("overdue")).as("done, five days late").isFalse();

        JsonObject removed = Writes.ok(reporter, "removePlanTask", "RemovePlanTaskInput",
                change(done, "\"number\": 2, \"reason\": \"Đã lồng ghép vào nhiệm vụ số 1\""), PAYLOAD);
        assertThat(numbers(removed)).containsExactly(1, 3, 7);
        assertThat(removed.getInt("version")).isEqualTo(created.getInt("version") + 6);
        assertThat(state(number('P', "KH-VP"))).as("read back as answered")
                .isEqualTo(Json.createObjectBuilder(removed.getJsonObject("document")).remove("id").build());

        List<JsonObject> audit = client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 100, filter: {entityType: {eq: "Document"}, entityId: {eq: "%s"}}) {
                    nodes { actor action reason before after } } }""".formatted(removed.getJsonObject("document").getString("id")))
                .getJsonObject("auditTrail").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("actor") + ":" + e.getString("action")).containsExactly("reporter:removePlanTask",
                "reporter:reportPlanTaskProgress", "reporter:reportPlanTaskProgress", "reporter:revisePlanTask",
                "reporter:addPlanTask", "reporter:addPlanTask", "reporter:createDocument");
        JsonObject removal = audit.get(0);
        assertThat(removal.getString("reason")).isEqualTo("Đã lồng ghép vào nhiệm vụ số 1");
        assertThat(removal.getString("before")).contains("\"number\":2,\"description\":\"Công khai đầy đủ");
        assertThat(removal.getString("after")).doesNotContain("\"number\":2,").contains("\"status\":\"DONE\"")
                .contains("\"completedOn\":\"2024-07-05\"");
        assertThat(audit.get(6).getString("after")).contains("\"coordinatingUnits\":[\"NA-SKHCN-MC\"]");
    }

    @Test
    void shouldReportEveryBrokenRuleOfATaskAtItsPathAndLeaveThePlanAsItWas() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        JsonObject plan = plan(admin, 'Q', "NA-SKHCN-VP", REVIEW);
        JsonObject before = state(number('Q', "KH-VP"));
        String closed = "IT-TASK-" + RUN;
        JsonObject unit = Writes.ok(admin, "createUnit", "CreateUnitInput", """
                {"code": "%s", "name": "Phòng đã giải thể", "kind": "SPECIALISED_DIVISION", "parentCode": "NA-SKHCN",
                 "validFrom": "2020-01-01"}""".formatted(closed), "{ version }");
        Writes.ok(admin, "closeUnit", "CloseUnitInput", """
                {"code": "%s", "version": %d, "closedOn": "2023-12-01", "successorCode": "NA-SKHCN"}""".formatted(closed,
                unit.getInt("version")), "{ version }");

        assertThat(Writes.fields(Writes.refused(admin, "addPlanTask", "AddPlanTaskInput", change(plan,
                "\"number\": 0, \"task\": {\"description\": \" \", \"expectedOutput\": \"" + "x".repeat(1001) + "\"}"), PAYLOAD)))
                .as("the input's constraints first").isEqualTo("OUT_OF_RANGE@input.number REQUIRED@input.task.description "
                        + "INVALID_LENGTH@input.task.expectedOutput");
        List<JsonObject> errors = Writes.refused(admin, "addPlanTask", "AddPlanTaskInput", change(plan, """
                "number": 1, "task": {"description": "Số hóa hồ sơ", "leadUnitCode": "NA-KHONG-CO",
                                      "coordinatingUnitCodes": ["NA-SKHCN-MC", "NA-SKHCN-MC", "%s"], "deadline": "2024-01-14"}"""
                .formatted(closed)), PAYLOAD);
        assertThat(Writes.fields(errors)).isEqualTo("DUPLICATE_TASK@input.number UNKNOWN_UNIT@input.task.leadUnitCode "
                + "INVALID_TASK@input.task.coordinatingUnitCodes[1] UNIT_CLOSED@input.task.coordinatingUnitCodes[2] "
                + "INVALID_DATE@input.task.deadline");
        assertThat(errors.get(4).getString("message")).isEqualTo("Thời hạn 2024-01-14 trước ngày ban hành kế hoạch 2024-01-15");
        assertThat(errors.get(3).getString("message"))
                .isEqualTo("Đơn vị " + closed + " đã chấm dứt hoạt động ngày 2023-11-30, trước ngày ban hành kế hoạch 2024-01-15");
        assertThat(Writes.refused(admin.inLanguage("en"), "addPlanTask", "AddPlanTaskInput", change(plan,
                "\"task\": {\"description\": \"Số hóa\", \"deadline\": \"2024-01-14\"}"), PAYLOAD).get(0).getString("message"))
                .isEqualTo("The deadline 2024-01-14 is before the plan was issued on 2024-01-15");
        assertThat(Writes.fields(Writes.refused(admin, "revisePlanTask", "RevisePlanTaskInput", change(plan,
                "\"number\": 9, \"task\": {\"description\": \"Số hóa\", \"leadUnitCode\": \"NA-SKHCN-MC\", "
                        + "\"coordinatingUnitCodes\": [\"NA-SKHCN-MC\"]}"), PAYLOAD)))
                .isEqualTo("NOT_FOUND@input.number INVALID_TASK@input.task.coordinatingUnitCodes[0]");
        assertThat(Writes.fields(Writes.refused(admin, "removePlanTask", "RemovePlanTaskInput", change(plan, "\"number\": 9"),
                PAYLOAD))).isEqualTo("NOT_FOUND@input.number");

        String afterToday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).toString();
        for (String[] progress : new String[][] {
                {"\"number\": 1, \"status\": \"DONE\"", "REQUIRED@input.completedOn"},
                {"\"number\": 1, \"status\": \"IN_PROGRESS\", \"completedOn\": \"2024-03-01\"", "INVALID_TASK@input.completedOn"},
                {"\"number\": 1, \"status\": \"DONE\", \"completedOn\": \"2024-01-14\"", "INVALID_DATE@input.completedOn"},
                {"\"number\": 1, \"status\": \"DONE\", \"completedOn\": \"" + afterToday + "\"", "INVALID_DATE@input.completedOn"},
                {"\"number\": 2, \"status\": \"IN_PROGRESS\"", "NOT_FOUND@input.number"}}) {
            assertThat(Writes.fields(Writes.refused(admin, "reportPlanTaskProgress", "ReportPlanTaskProgressInput",
                    change(plan, progress[0]), PAYLOAD))).as(progress[0]).isEqualTo(progress[1]);
        }
        assertThat(Writes.refused(admin, "reportPlanTaskProgress", "ReportPlanTaskProgressInput",
                change(plan, "\"number\": 1, \"status\": \"DONE\""), PAYLOAD).get(0).getString("message"))
                .isEqualTo("Nhiệm vụ đã hoàn thành cần có ngày hoàn thành");

        assertThat(Writes.fields(Writes.refused(admin, "updateDocument", "UpdateDocumentInput", change(plan, """
                "number": "%s", "kind": "PLAN", "issuedOn": "2024-07-01", "issuerCode": "NA-SKHCN-VP", "planYear": 2024,
                "planType": "ADMINISTRATIVE_REFORM\"""".formatted(number('Q', "KH-VP"))), PAYLOAD)))
                .as("re-dated after a task's deadline").isEqualTo("INVALID_DATE@input.issuedOn");
        JsonObject decision = admin.data("{ document(number: \"01/2022/QĐ-UBND\") { id version } }").getJsonObject("document");
        assertThat(Writes.fields(Writes.refused(admin, "addPlanTask", "AddPlanTaskInput", """
                {"documentId": "%s", "version": %d, "task": %s}""".formatted(decision.getString("id"), decision.getInt("version"),
                STANDING), PAYLOAD))).isEqualTo("INVALID_DOCUMENT@input.documentId");
        assertThat(state(number('Q', "KH-VP"))).as("nothing written").isEqualTo(before);
    }

    @Test
    void shouldCheckTheTasksOfANewPlanAndGiveTasksToPlansOnly() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        String late = """
                {"description": "Số hóa hồ sơ", "deadline": "2024-01-14"}""";
        assertThat(Writes.fields(Writes.refused(admin, "createDocument", "CreateDocumentInput", """
                {"number": "%s", "kind": "PLAN", "issuedOn": "2024-01-15", "issuerCode": "NA-SKHCN-VP", "planYear": 2024,
                 "planType": "ADMINISTRATIVE_REFORM", "tasks": [%s, %s]}""".formatted(number('R', "KH-VP"), REVIEW, late), PAYLOAD)))
                .isEqualTo("INVALID_DATE@input.tasks[1].deadline");
        assertThat(Writes.fields(Writes.refused(admin, "createDocument", "CreateDocumentInput", """
                {"number": "%s", "kind": "PLAN", "issuerCode": "NA-SKHCN-VP", "planYear": 2024, "planType": "OTHER",
                 "tasks": [{"description": ""}]}""".formatted(number('R', "KH-VP")), PAYLOAD)))
                .isEqualTo("REQUIRED@input.tasks[0].description");
        assertThat(Writes.fields(Writes.refused(admin, "createDocument", "CreateDocumentInput", """
                {"number": "%s", "kind": "DECISION", "issuedOn": "2024-01-15", "issuerCode": "NA-SKHCN-VP", "tasks": [%s]}"""
                .formatted(number('R', "QĐ-VP"), STANDING), PAYLOAD))).isEqualTo("INVALID_DOCUMENT@input.tasks");
        assertThat(admin.data("{ a: document(number: \"%s\") { id } b: document(number: \"%s\") { id } }".formatted(
                number('R', "KH-VP"), number('R', "QĐ-VP"))).toString()).as("nothing written")
                .isEqualTo("{\"a\":null,\"b\":null}");
    }

    @Test
    void shouldLetWhoeverMayCorrectThePlanChangeItsTasksAndRefuseAStaleVersion() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        JsonObject foreign = plan(admin, 'S', "NA-SNV", REVIEW);
        JsonObject before = state(number('S', "KH-VP"));
        String[][] writes = {
                {"addPlanTask", "AddPlanTaskInput", "\"task\": " + STANDING},
                {"revisePlanTask", "RevisePlanTaskInput", "\"number\": 1, \"task\": " + STANDING},
                {"reportPlanTaskProgress", "ReportPlanTaskProgressInput", "\"number\": 1, \"status\": \"IN_PROGRESS\""},
                {"removePlanTask", "RemovePlanTaskInput", "\"number\": 1"}};
        for (String[] write : writes) {
            String input = change(foreign, write[2]);
            List<JsonObject> refused = Writes.refused(client.as(GraphQLClient.REPORTER), write[0], write[1], input, PAYLOAD);
            assertThat(refused).as("a reporter on another department's plan").extracting(Writes::code).containsExactly("FORBIDDEN");
            assertThat(refused.get(0).getString("message"))
                    .isEqualTo("Người dùng reporter không có quyền thực hiện thao tác '" + write[0] + "'");
            assertThat(Writes.refused(client.as(GraphQLClient.HOME_AFFAIRS), write[0], write[1], input, PAYLOAD))
                    .extracting(Writes::code).containsExactly("FORBIDDEN");
            assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), write[0], write[1], input, PAYLOAD))
                    .extracting(Writes::code).containsExactly("FORBIDDEN");
            assertThat(Writes.refused(client.anonymous(), write[0], write[1], input, PAYLOAD))
                    .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        }
        assertThat(state(number('S', "KH-VP"))).as("nothing written").isEqualTo(before);

        JsonObject changed = Writes.ok(admin, "reportPlanTaskProgress", "ReportPlanTaskProgressInput",
                change(foreign, "\"number\": 1, \"status\": \"IN_PROGRESS\""), PAYLOAD);
        List<JsonObject> stale = Writes.refused(admin, "addPlanTask", "AddPlanTaskInput", change(foreign, "\"task\": " + STANDING),
                PAYLOAD);
        assertThat(Writes.fields(stale)).isEqualTo("CONFLICT@input.version");
        assertThat(stale.get(0).getJsonObject("extensions").getInt("currentVersion")).isEqualTo(changed.getInt("version"));
        assertThat(state(number('S', "KH-VP"))).as("only the change made from the current version")
                .isEqualTo(Json.createObjectBuilder(changed.getJsonObject("document")).remove("id").build());
    }
}
