package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The step that shapes an answer for the client: the engine's errors rewritten into the API's error model (messages
 * in the client's language), the status GraphQL over HTTP asks for, and what the query cost in its extensions.
 */
final class AnswerShaper {

    private final long maxCost;

    AnswerShaper(long maxCost) {
        this.maxCost = maxCost;
    }

    void write(GraphQLPipeline.Answer answer, long cost, ResponseType type, Locale language, HttpServletResponse response) throws IOException {
        int status = answer.status();
        if (status == HttpServletResponse.SC_OK && onlyData(answer.body())) {
            // the usual answer: nothing to rewrite, so the cost is added without building the answer again
            HttpAnswers.write(response, status, type.mediaType(),
                    answer.body().substring(0, answer.body().lastIndexOf('}')) + ",\"extensions\":{\"cost\":" + cost(cost) + "}}");
            return;
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
        JsonObject engines = normalised.getOrDefault("extensions", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        HttpAnswers.write(response, status, type.mediaType(), Json.createObjectBuilder(normalised)
                .add("extensions", Json.createObjectBuilder(engines).add("cost", cost(cost))).build().toString());
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
