package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a GraphQL-over-HTTP request: {@code {"query": "...", "operationName": "...", "variables": {...},
 * "extensions": {...}}}, all but {@code query} optional and {@code null} meaning absent.
 */
record GraphQLRequest(String query, String operationName, JsonObject variables) {

    /** Reads a JSON body; anything else than a well-formed request is refused with 400. */
    static GraphQLRequest read(String body) throws Refusal {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException notAnObject) {
            throw badRequest("the request body must be a JSON object with a \"query\" string");
        }
        if (!(json.get("query") instanceof JsonString query)) {
            throw badRequest("the request has no \"query\" string");
        }
        JsonValue operationName = json.getOrDefault("operationName", JsonValue.NULL);
        if (operationName != JsonValue.NULL && !(operationName instanceof JsonString)) {
            throw badRequest("\"operationName\" must be a string");
        }
        for (String member : List.of("variables", "extensions")) {
            JsonValue value = json.getOrDefault(member, JsonValue.NULL);
            if (value != JsonValue.NULL && value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw badRequest("\"" + member + "\" must be an object");
            }
        }
        JsonValue variables = json.getOrDefault("variables", JsonValue.NULL);
        return new GraphQLRequest(query.getString(),
                operationName instanceof JsonString name ? name.getString() : null,
                variables == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : variables.asJsonObject());
    }

    /** The variables as the plain Java values graphql-java coerces: maps, lists, strings, numbers, booleans. */
    Map<String, Object> plainVariables() {
        Map<String, Object> plain = new LinkedHashMap<>();
        variables.forEach((name, value) -> plain.put(name, plain(value)));
        return plain;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> object.put(key, plain(member)));
                yield object;
            }
            case ARRAY -> {
                List<Object> array = new ArrayList<>();
                value.asJsonArray().forEach(item -> array.add(plain(item)));
                yield array;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() ? number.bigIntegerValue() : number.bigDecimalValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Refusal badRequest(String message) {
        return new Refusal(HttpServletResponse.SC_BAD_REQUEST, message);
    }
}
