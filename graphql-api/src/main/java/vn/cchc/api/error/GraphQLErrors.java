package vn.cchc.api.error;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rewrites the errors of a GraphQL response into the API's one error model: every error carries
 * {@code extensions.code}; an {@link ApiException}, which the engine passes on as its message, is found again among
 * the request's {@link RaisedErrors} and answered problem by problem; nothing names a Java class. The engine (SmallRye GraphQL in Liberty) offers no hook for this, so it is done on the
 * response.
 */
public final class GraphQLErrors {

    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    public static final String QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A request body too large to read, or JSON nested too deep to read. */
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

    /**
     * An error the API raises before the engine runs: code, message, where in the query, and the facts a program
     * needs besides the code (the depth found and its limit, the variable at fault), added to its extensions.
     */
    public record Error(String code, String message, List<int[]> locations, Map<String, Object> details) {

        public Error(String code, String message, List<int[]> locations) {
            this(code, message, locations, Map.of());
        }
    }

    /** Extensions the engine adds that say how the server is built, not what the client did. */
    private static final Set<String> INTERNAL = Set.of("exception", "classification", "code");

    private GraphQLErrors() {
    }

    /** A response of errors only, in the API's model. */
    public static String response(List<Error> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Error e : errors) {
            JsonObjectBuilder error = Json.createObjectBuilder().add("message", e.message());
            if (!e.locations().isEmpty()) {
                JsonArrayBuilder locations = Json.createArrayBuilder();
                e.locations().forEach(l -> locations.add(Json.createObjectBuilder().add("line", l[0]).add("column", l[1])));
                error.add("locations", locations);
            }
            JsonObjectBuilder extensions = Json.createObjectBuilder().add("code", e.code());
            new TreeMap<>(e.details()).forEach((key, value) -> // in a stable order
                    extensions.add(key, value instanceof Number n ? Json.createValue(n) : Json.createValue(value.toString())));
            array.add(error.add("extensions", extensions));
        }
        return Json.createObjectBuilder().add("errors", array).build().toString();
    }

    /** The response with its errors rewritten, messages in Vietnamese; unchanged when it has no errors or is not JSON. */
    public static String normalise(String responseJson) {
        JsonObject response;
        try {
            response = Json.createReader(new StringReader(responseJson)).readObject();
        } catch (RuntimeException notJson) {
            return responseJson;
        }
        JsonObject normalised = normalise(response, Messages.VIETNAMESE);
        return normalised == response ? responseJson : normalised.toString();
    }

    /**
     * The response with its errors rewritten, the messages of broken rules in {@code language}; the same object when it
     * has none. An {@link ApiException} of several problems becomes one error entry per problem.
     */
    public static JsonObject normalise(JsonObject response, Locale language) {
        if (!response.containsKey("errors") || response.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return response;
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        response.getJsonArray("errors").forEach(e -> normaliseError(e.asJsonObject(), language).forEach(errors::add));
        JsonObjectBuilder out = Json.createObjectBuilder();
        response.forEach((key, value) -> out.add(key, "errors".equals(key) ? errors.build() : value));
        return out.build();
    }

    private static List<JsonObject> normaliseError(JsonObject error, Locale language) {
        String message = error.containsKey("message") && error.get("message") instanceof JsonString s ? s.getString() : "";
        JsonObject extensions = error.containsKey("extensions") && error.get("extensions").getValueType() == JsonValue.ValueType.OBJECT
                ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
        Optional<ApiException> raised = RaisedErrors.find(message);
        if (raised.isPresent()) {
            return problems(error, raised.get().problems(), language);
        }
        String code;
        if (!extensions.containsKey("classification") && extensions.get("code") instanceof JsonString c) {
            code = c.getString(); // already in the API's model
        } else {
            String classification = extensions.containsKey("classification") && extensions.get("classification") instanceof JsonString c
                    ? c.getString() : "";
            code = switch (classification) {
                case "ValidationError" -> VALIDATION_FAILED;
                case "InvalidSyntax" -> PARSE_FAILED;
                default -> INTERNAL_SERVER_ERROR;
            };
        }
        JsonObjectBuilder ext = Json.createObjectBuilder().add("code", code);
        extensions.forEach((key, value) -> {
            if (!INTERNAL.contains(key)) {
                ext.add(key, value);
            }
        });
        JsonObjectBuilder out = Json.createObjectBuilder();
        error.forEach((key, value) -> {
            if (!"extensions".equals(key) && !"message".equals(key)) {
                out.add(key, value);
            }
        });
        return List.of(out.add("message", message).add("extensions", ext).build());
    }

    /** One error entry per problem, at the place of the engine's error, each with its code, input path and facts. */
    private static List<JsonObject> problems(JsonObject error, List<ApiException.Problem> problems, Locale language) {
        List<JsonObject> entries = new ArrayList<>();
        for (ApiException.Problem problem : problems) {
            JsonObjectBuilder ext = Json.createObjectBuilder().add("code", problem.code());
            if (problem.field() != null) {
                ext.add("field", problem.field());
            }
            new TreeMap<>(problem.details()).forEach((key, value) -> // in a stable order
                    ext.add(key, value instanceof Number n ? Json.createValue(n.longValue()) : Json.createValue(value.toString())));
            JsonObjectBuilder out = Json.createObjectBuilder();
            error.forEach((key, v) -> {
                if (!"extensions".equals(key) && !"message".equals(key)) {
                    out.add(key, v);
                }
            });
            String message = Messages.render(language, problem.key(), problem.args(), problem.message());
            entries.add(out.add("message", message).add("extensions", ext).build());
        }
        return entries;
    }
}
