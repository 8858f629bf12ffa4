package vn.cchc.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQLErrorsTest {

    private static JsonObject firstError(String response) {
        return Json.createReader(new StringReader(GraphQLErrors.normalise(response))).readObject()
                .getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void shouldMoveTheCodeOfAnApiErrorIntoExtensionsAndDropTheClassName() {
        String message = new ApiException("BAD_USER_INPUT", "argument 'first': must be between 0 and 100, got 300").getMessage();
        JsonObject error = firstError("{\"errors\":[{\"message\":" + Json.createValue(message) + ",\"path\":[\"units\"],"
                + "\"extensions\":{\"exception\":\"vn.cchc.api.error.ApiException\",\"classification\":\"DataFetchingException\",\"code\":\"api\"}}],"
                + "\"data\":null}");
        assertThat(error.getString("message")).isEqualTo("argument 'first': must be between 0 and 100, got 300");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getJsonObject("extensions").keySet()).containsExactly("code");
        assertThat(error.getJsonArray("path").getString(0)).isEqualTo("units");
    }

    @Test
    void shouldCodeValidationAndSyntaxErrors() {
        assertThat(firstError("{\"errors\":[{\"message\":\"Validation error\",\"extensions\":{\"classification\":\"ValidationError\"}}]}")
                .getJsonObject("extensions").getString("code")).isEqualTo(GraphQLErrors.VALIDATION_FAILED);
        assertThat(firstError("{\"errors\":[{\"message\":\"Invalid syntax\",\"extensions\":{\"classification\":\"InvalidSyntax\"}}]}")
                .getJsonObject("extensions").getString("code")).isEqualTo(GraphQLErrors.PARSE_FAILED);
    }

    @Test
    void shouldCallAnythingElseAnInternalErrorWithoutNamingIt() {
        JsonObject error = firstError("{\"errors\":[{\"message\":\"Server error\",\"extensions\":"
                + "{\"exception\":\"java.lang.NullPointerException\",\"classification\":\"DataFetchingException\"}}]}");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo(GraphQLErrors.INTERNAL_SERVER_ERROR);
        assertThat(error.toString()).doesNotContain("java.lang");
    }

    @Test
    void shouldKeepAnErrorAlreadyInTheModel() {
        String once = "{\"errors\":[{\"message\":\"argument 'number': bad\",\"extensions\":{\"code\":\"INVALID_DOCUMENT_NUMBER\"}}]}";
        assertThat(firstError(once).getJsonObject("extensions").getString("code")).isEqualTo("INVALID_DOCUMENT_NUMBER");
    }

    @Test
    void shouldWriteTheCodeThenTheDetailsOfAnErrorRaisedBeforeTheEngine() {
        JsonObject error = Json.createReader(new StringReader(GraphQLErrors.response(List.of(new GraphQLErrors.Error(
                GraphQLErrors.QUERY_TOO_COSTLY, "too costly", List.of(new int[] {1, 3}),
                Map.of("limit", 50_000L, "cost", 60_000L)))))).readObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("message")).isEqualTo("too costly");
        assertThat(error.getJsonArray("locations").getJsonObject(0).getInt("column")).isEqualTo(3);
        assertThat(error.getJsonObject("extensions").toString()).isEqualTo("{\"code\":\"QUERY_TOO_COSTLY\",\"cost\":60000,\"limit\":50000}");
    }

    @Test
    void shouldLeaveAnswersWithoutErrorsAlone() {
        String ok = "{\"data\":{\"unit\":{\"name\":\"Sở Nội vụ\"}}}";
        assertThat(GraphQLErrors.normalise(ok)).isEqualTo(ok);
        assertThat(GraphQLErrors.normalise("not json")).isEqualTo("not json");
    }
}
