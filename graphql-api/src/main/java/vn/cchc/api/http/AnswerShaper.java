package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.util.Locale;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The step that shapes an answer for the client: the engine's errors rewritten into the API's error model (messages
 * in the client's language), the status GraphQL over HTTP asks for, and what the query cost in its extensions.
 */
final class AnswerShaper {

    /**
     * An answer shaped: its status; its JSON up to the last member of its extensions, which {@link HttpCaching} closes
     * with the cache's own; and whether it is data alone, no error, which is what may be kept.
     */
    record Shaped(int status, String head, boolean onlyData) {
    }

    private final long maxCost;

    AnswerShaper(long maxCost) {
        this.maxCost = maxCost;
    }

    Shaped shape(GraphQLPipeline.Answer answer, long cost, ResponseType type, Locale language) {
        int status = answer.status();
        if (status == HttpServletResponse.SC_OK && onlyData(answer.body())) {
            // the usual answer: nothing to rewrite, so the cost is added without building the answer again
            return new Shaped(status, answer.body().substring(0, answer.body().lastIndexOf('}')) + ",\"extensions\":{\"cost\":"
                    + cost(cost), true);
        }
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (JsonException notJson) {
            throw new IllegalStateException("the engine answered " + status + " without JSON: " + answer.body(), notJson);
        }
        if (status == HttpServletResponse.SC_OK && !json.containsKey("data")) {
            status = type.notExecutedStatus(); // the engine rejected it before executing (custom scalars in variables)
        }
        JsonObject normalised = GraphQLErrors.normalise(json, language);
        JsonObjectBuilder shaped = Json.createObjectBuilder();
        normalised.forEach((name, value) -> {
            if (!name.equals("extensions")) {
                shaped.add(name, value);
            }
        });
        JsonObject engines = normalised.getOrDefault("extensions", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        String whole = shaped.add("extensions", Json.createObjectBuilder(engines).add("cost", cost(cost))).build().toString();
        return new Shaped(status, whole.substring(0, whole.length() - 2), false); // the extensions last: "...}}" open again
    }

    /** Whether an answer is a JSON object with "data" and nothing else (no errors, no extensions of its own). */
    private static boolean onlyData(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return false;
            }
            boolean data = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    return data && !parser.hasNext();
                }
                if (!"data".equals(parser.getString())) {
                    return false;
                }
                data = true;
                switch (parser.next()) { // the value of "data", skipped without being built
                    case START_OBJECT -> parser.skipObject();
                    case START_ARRAY -> parser.skipArray();
                    default -> { }
                }
            }
            return false;
        } catch (JsonException notJson) {
            return false;
        }
    }

    /** What the query cost and the budget it had, for the response's extensions. */
    private JsonObject cost(long requested) {
        return Json.createObjectBuilder().add("requested", requested).add("limit", maxCost).build();
    }
}
