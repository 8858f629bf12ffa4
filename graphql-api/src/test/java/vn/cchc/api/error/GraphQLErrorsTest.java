package vn.cchc.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQLErrorsTest {

    @org.junit.jupiter.api.BeforeEach
    void open() { // as the endpoint does for each request the engine answers
        RaisedErrors.open();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        RaisedErrors.close();
    }


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

    @Test
    void shouldAnswerEachProblemOfAWriteAsItsOwnErrorInTheCallersLanguage() {
        String message = new ApiException(List.of(
                new ApiException.Problem("INVALID_RATIO", "input.observations[2].numerator", "ratio.exceeds", List.of("13", "12"),
                        "the numerator 13 cannot exceed the denominator 12", Map.of()),
                new ApiException.Problem("CONFLICT", "input.version", "version.conflict", List.of("1", "2"), "changed",
                        Map.of("currentVersion", 2L)),
                new ApiException.Problem("NEW_RULE", null, "no.such.key", List.of(), "in English only", Map.of()))).getMessage();
        JsonObject response = Json.createReader(new StringReader("{\"errors\":[{\"message\":" + Json.createValue(message)
                + ",\"path\":[\"recordObservations\"],\"extensions\":{\"classification\":\"DataFetchingException\"}}],"
                + "\"data\":null}")).readObject();

        List<JsonObject> vi = GraphQLErrors.normalise(response, Messages.negotiate(null)).getJsonArray("errors")
                .getValuesAs(JsonObject.class);
        assertThat(vi).extracting(e -> e.getJsonObject("extensions").getString("code"))
                .containsExactly("INVALID_RATIO", "CONFLICT", "NEW_RULE");
        assertThat(vi.get(0).getJsonObject("extensions").getString("field")).isEqualTo("input.observations[2].numerator");
        assertThat(vi.get(0).getString("message")).isEqualTo("Tử số 13 không được lớn hơn mẫu số 12");
        assertThat(vi.get(0).getJsonArray("path").getString(0)).isEqualTo("recordObservations");
        assertThat(vi.get(1).getJsonObject("extensions").getInt("currentVersion")).isEqualTo(2);
        assertThat(vi.get(2).getString("message")).isEqualTo("in English only");
        assertThat(vi.get(2).getJsonObject("extensions").containsKey("field")).isFalse();

        List<JsonObject> en = GraphQLErrors.normalise(response, Messages.negotiate("en-US,en;q=0.8")).getJsonArray("errors")
                .getValuesAs(JsonObject.class);
        assertThat(en.get(0).getString("message")).isEqualTo("The numerator 13 cannot exceed the denominator 12");
    }

    @Test
    void shouldSpeakVietnameseUnlessEnglishIsPreferred() {
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("fr-FR, de")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("vi, en;q=0.9")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("en;q=0.9, vi;q=0.5")).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(Messages.negotiate(";;;")).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void shouldHaveEveryMessageInBothLanguages() throws java.io.IOException {
        java.util.Properties vi = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("messages.properties"); var b = getClass().getResourceAsStream("messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(vi.keySet());
    }
}
