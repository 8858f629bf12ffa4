package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The mutations as a client sends them: each with its input as JSON variables, the report's payload by default. */
final class Writes {

    /** What every payload is asked for. */
    static final String PAYLOAD = "{ version report { id version status revision returnReason revises { id status } } }";

    private Writes() {
    }

    /** The whole response of a mutation {@code field(input: $input)} whose input has the GraphQL type {@code inputType}. */
    static JsonObject send(GraphQLClient client, String field, String inputType, String inputJson) {
        return send(client, field, inputType, inputJson, PAYLOAD);
    }

    /** The same, asking for {@code payload} (the selection of the payload's fields). */
    static JsonObject send(GraphQLClient client, String field, String inputType, String inputJson, String payload) {
        return client.post("mutation($input: " + inputType + "!) { " + field + "(input: $input) " + payload + " }",
                "{\"input\": " + inputJson + "}");
    }

    /** The payload of a mutation that must succeed. */
    static JsonObject ok(GraphQLClient client, String field, String inputType, String inputJson) {
        return ok(client, field, inputType, inputJson, PAYLOAD);
    }

    /** The payload of a mutation that must succeed, with the fields of {@code payload}. */
    static JsonObject ok(GraphQLClient client, String field, String inputType, String inputJson, String payload) {
        JsonObject response = send(client, field, inputType, inputJson, payload);
        assertThat(response.get("errors")).as("errors of %s %s", field, inputJson).isNull();
        return response.getJsonObject("data").getJsonObject(field);
    }

    /** The errors of a mutation that must fail, with no data written (its field is null). */
    static List<JsonObject> refused(GraphQLClient client, String field, String inputType, String inputJson) {
        return refused(client, field, inputType, inputJson, PAYLOAD);
    }

    /** The errors of a mutation that must fail, asking for {@code payload}. */
    static List<JsonObject> refused(GraphQLClient client, String field, String inputType, String inputJson, String payload) {
        JsonObject response = send(client, field, inputType, inputJson, payload);
        assertThat(response.get("errors")).as("errors of %s %s", field, inputJson).isNotNull();
        JsonValue data = response.get("data");
        assertThat(data == null || data == JsonValue.NULL || response.getJsonObject("data").isNull(field)).isTrue();
        return response.getJsonArray("errors").getValuesAs(JsonObject.class);
    }

    static String code(JsonObject error) {
        return error.getJsonObject("extensions").getString("code");
    }

    static String field(JsonObject error) {
        return error.getJsonObject("extensions").getString("field", null);
    }

    /** Each error as "CODE@input.path", in the order given: what the tests of rules compare. */
    static String fields(List<JsonObject> errors) {
        return String.join(" ", errors.stream().map(e -> code(e) + "@" + field(e)).toList());
    }

    /** A new draft of the unit for the quarter, created by {@code client}: its payload. */
    static JsonObject draft(GraphQLClient client, String unitCode, int year, int quarter, String title) {
        return ok(client, "createReport", "CreateReportInput", Json.createObjectBuilder()
                .add("unitCode", unitCode)
                .add("period", Json.createObjectBuilder().add("type", "QUARTER").add("year", year).add("number", quarter))
                .add("title", title).build().toString());
    }

    /** The input of a change to a report, {@code "reportId": ..., "version": ...} followed by {@code more}. */
    static String of(JsonObject payload, String more) {
        return "{\"reportId\": \"" + payload.getJsonObject("report").getString("id") + "\", \"version\": "
                + payload.getInt("version") + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    /** Signs a draft so that it can be submitted; the new payload. */
    static JsonObject signed(GraphQLClient client, JsonObject payload, String title) {
        return ok(client, "updateReportHeading", "UpdateReportHeadingInput", of(payload,
                "\"title\": \"" + title + "\", \"signer\": {\"name\": \"Nguyễn Văn A\", \"position\": \"Giám đốc\"}"));
    }

    /** The id of the document with this number, as the API gives it. */
    static String documentId(GraphQLClient client, String number) {
        return client.data("{ documents(filter: {number: {eq: \"%s\"}}) { nodes { id } } }".formatted(number))
                .getJsonObject("documents").getJsonArray("nodes").getJsonObject(0).getString("id");
    }
}
