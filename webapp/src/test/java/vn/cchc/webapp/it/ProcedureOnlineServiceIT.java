package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A procedure's online level on the days asked ({@code Procedure.onlineServiceOn}), over HTTP: the level of a dated
 * history day by day, in the order asked, none before its first change or for a procedure without a level, and the
 * days argument refused by name when too long or holding null.
 */
class ProcedureOnlineServiceIT extends DeployedApplication {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /** A sample procedure the report names without a level. */
    private static final String WITHOUT_LEVEL = "NA-SKHCN-NLNT-XQUANG";

    private static List<String> levels(JsonObject procedure) {
        return procedure.getJsonArray("onlineServiceOn").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("day") + " " + (d.isNull("onlineService") ? "null" : d.getString("onlineService"))).toList();
    }

    /** A procedure partly online from 2022-01-01 (level 3), fully from 2024-07-01. */
    private String upgradedProcedure() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String code = "IT-ON-DAY-" + RUN;
        JsonObject created = Writes.ok(reporter, "createProcedure", "CreateProcedureInput", """
                {"code": "%s", "name": "Thủ tục thử nghiệm %s", "fieldCode": "NANG_LUONG_NGUYEN_TU", "competentUnitCode": "NA-SKHCN-VP",
                 "onlineLevel": {"effectiveFrom": "2022-01-01", "legacyLevel": 3}}""".formatted(code, code), "{ version }");
        Writes.ok(reporter, "changeOnlineService", "ChangeOnlineServiceInput", """
                {"code": "%s", "version": %d, "effectiveFrom": "2024-07-01", "service": "FULL"}""".formatted(code, created.getInt("version")),
                "{ version }");
        return code;
    }

    @Test
    void shouldAnswerTheLevelOfADatedHistoryOnEachDayInTheOrderAsked() {
        String code = upgradedProcedure();
        JsonObject procedure = client.data("""
                { procedure(code: "%s") { onlineServiceOn(days: ["2030-01-01", "2021-12-31", "2022-01-01", "2024-06-30",
                    "2024-07-01", "2022-01-01"]) { day onlineService } } }""".formatted(code)).getJsonObject("procedure");

        assertThat(levels(procedure)).containsExactly("2030-01-01 FULL", "2021-12-31 null", "2022-01-01 PARTIAL",
                "2024-06-30 PARTIAL", "2024-07-01 FULL", "2022-01-01 PARTIAL");
    }

    @Test
    void shouldKnowNoLevelOfAProcedureWithoutOneAndAnswerNoDayForNone() {
        JsonObject procedure = client.data("""
                { procedure(code: "%s") { onlineService onlineServiceHistory { effectiveFrom }
                    onlineServiceOn(days: ["2022-03-31", "2025-12-31"]) { day onlineService } } }""".formatted(WITHOUT_LEVEL))
                .getJsonObject("procedure");
        assertThat(procedure.isNull("onlineService")).as("the sample records no level").isTrue();
        assertThat(levels(procedure)).containsExactly("2022-03-31 null", "2025-12-31 null");

        assertThat(client.data("{ procedure(code: \"%s\") { onlineServiceOn(days: []) { day } } }".formatted(WITHOUT_LEVEL))
                .getJsonObject("procedure").getJsonArray("onlineServiceOn")).isEmpty();
    }

    @Test
    void shouldRefuseTooManyDaysOrANullDayNamingTheArgument() {
        String days = IntStream.rangeClosed(1, 41).mapToObj(i -> "\"2024-01-%02d\"".formatted(Math.min(i, 31))).toList().toString();
        JsonObject tooMany = client.post("{ procedure(code: \"%s\") { code onlineServiceOn(days: %s) { day } } }".formatted(WITHOUT_LEVEL, days));
        List<JsonObject> errors = tooMany.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).hasSize(1);
        assertThat(Writes.code(errors.get(0))).isEqualTo("BAD_USER_INPUT");
        assertThat(errors.get(0).getString("message")).isEqualTo("argument 'days': at most 40 days, got 41");
        assertThat(tooMany.getJsonObject("data").isNull("procedure")).isTrue();
        String forty = IntStream.rangeClosed(1, 40).mapToObj(i -> "\"2024-01-%02d\"".formatted(Math.min(i, 31))).toList().toString();
        assertThat(client.data("{ procedure(code: \"%s\") { onlineServiceOn(days: %s) { day } } }".formatted(WITHOUT_LEVEL, forty))
                .getJsonObject("procedure").getJsonArray("onlineServiceOn")).hasSize(40);

        JsonObject literalNull = client.post("{ procedure(code: \"%s\") { onlineServiceOn(days: [\"2024-01-01\", null]) { day } } }"
                .formatted(WITHOUT_LEVEL));
        JsonObject error = literalNull.getJsonArray("errors").getJsonObject(0);
        assertThat(Writes.code(error)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("argument 'days[1]'").contains("must not be null");
        assertThat(literalNull.containsKey("data")).as("never run").isFalse();

        JsonObject variableNull = client.post("query($days: [Date!]!) { procedure(code: \"%s\") { onlineServiceOn(days: $days) { day } } }"
                .formatted(WITHOUT_LEVEL), "{\"days\": [\"2024-01-01\", null]}");
        error = variableNull.getJsonArray("errors").getJsonObject(0);
        assertThat(Writes.code(error)).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getJsonObject("extensions").getString("variable")).isEqualTo("days");
    }
}
