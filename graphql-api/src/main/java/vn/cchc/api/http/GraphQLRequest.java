package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The body of a GraphQL-over-HTTP request: {@code {"query": "...", "operationName": "...", "variables": {...},
 * "extensions": {...}}}, all but {@code query} optional and {@code null} meaning absent. A persisted query
 * ({@code "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "..."}}}, Apollo's protocol) may leave out the
 * query: {@link PersistedQueries} finds it by its hash.
 *
 * @param query         the document, or null when only its hash was sent
 * @param persistedHash the SHA-256 of the document in lower-case hex, when the request names it, else null
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, String persistedHash) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Reads a JSON body; anything else than a well-formed request is refused with 400, and so is JSON nested deeper
     * than {@code maxDepth}, before it is built: every later step (coercion, the engine) walks it recursively.
     */
    static GraphQLRequest read(String body, int maxDepth) throws Refusal {
        return of(parse(body, maxDepth, "the request body must be a JSON object with a \"query\" string"));
    }

    /**
     * Reads the parameters of a GET ({@code ?query=...&operationName=...&variables={...}&extensions={...}}, the last
     * two JSON), refused as a body would be.
     */
    static GraphQLRequest fromParameters(Map<String, String[]> parameters, int maxDepth) throws Refusal {
        JsonObjectBuilder request = Json.createObjectBuilder();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getValue().length != 1) {
                throw badRequest("the parameter \"" + parameter.getKey() + "\" is given " + parameter.getValue().length + " times");
            }
            String value = parameter.getValue()[0];
            switch (parameter.getKey()) {
                case "query", "operationName" -> request.add(parameter.getKey(), value);
                case "variables", "extensions" -> request.add(parameter.getKey(),
                        parse(value, maxDepth - 1, "\"" + parameter.getKey() + "\" must be a JSON object"));
                default -> { } // other parameters are the client's own (cache busters, say)
            }
        }
        return of(request.build());
    }

    /** The same request with its document, found by its hash. */
    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variables, persistedHash);
    }

    /** The request as the engine reads it: a JSON body. */
    String json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("query", query).add("variables", variables);
        if (operationName != null) {
            json.add("operationName", operationName);
        }
        return json.build().toString();
    }

    private static JsonObject parse(String json, int maxDepth, String notAnObject) throws Refusal {
        try {
            requireDepth(json, maxDepth);
            return Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw badRequest(notAnObject);
        }
    }

    private static GraphQLRequest of(JsonObject json) throws Refusal {
        String hash = persistedHash(json.getOrDefault("extensions", JsonValue.NULL));
        JsonValue query = json.getOrDefault("query", JsonValue.NULL);
        if (!(query instanceof JsonString) && !(query == JsonValue.NULL && hash != null)) {
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
        return new GraphQLRequest(query instanceof JsonString document ? document.getString() : null,
                operationName instanceof JsonString name ? name.getString() : null,
                variables == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : variables.asJsonObject(), hash);
    }

    /** The hash of {@code extensions.persistedQuery}, or null when there is none; a malformed one is refused. */
    private static String persistedHash(JsonValue extensions) throws Refusal {
        if (!(extensions instanceof JsonObject members) || !members.containsKey("persistedQuery")) {
            return null;
        }
        if (!(members.get("persistedQuery") instanceof JsonObject persisted)
                || !(persisted.get("version") instanceof JsonNumber version) || !version.isIntegral() || version.intValue() != 1) {
            throw badRequest("\"extensions.persistedQuery\" must be {\"version\": 1, \"sha256Hash\": \"...\"}");
        }
        if (!(persisted.get("sha256Hash") instanceof JsonString hash) || !SHA_256.matcher(hash.getString()).matches()) {
            throw badRequest("\"extensions.persistedQuery.sha256Hash\" must be a SHA-256 in 64 lower-case hexadecimal digits");
        }
        return hash.getString();
    }

    private static void requireDepth(String body, int maxDepth) throws Refusal {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > maxDepth) {
                            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, GraphQLErrors.REQUEST_TOO_LARGE,
                                    "the request's JSON nests deeper than the limit of " + maxDepth + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
        }
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
