package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQLRequestTest {

    private static final int DEPTH = 8;

    private static void assertRefused(String body, String because) {
        assertThatThrownBy(() -> GraphQLRequest.read(body, DEPTH)).as(body).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.getMessage()).contains(because);
        });
    }

    @Test
    void shouldReadTheQueryTheOperationAndTheVariables() throws Refusal {
        GraphQLRequest request = GraphQLRequest.read("""
                {"query": "query Q($n: Int) { units(first: $n) { totalCount } }", "operationName": "Q",
                 "variables": {"n": 3}, "extensions": {"tracing": true}}""", DEPTH);
        assertThat(request.query()).startsWith("query Q");
        assertThat(request.operationName()).isEqualTo("Q");
        assertThat(request.variables().getInt("n")).isEqualTo(3);
        assertThat(request.persistedHash()).as("an extension of another protocol is ignored").isNull();
    }

    @Test
    void shouldReadAPersistedQuerysHashWithOrWithoutItsQueryAndRefuseAMalformedOne() throws Refusal {
        String hash = "a".repeat(64);
        GraphQLRequest byHash = GraphQLRequest.read("""
                {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "%s"}}}""".formatted(hash), DEPTH);
        assertThat(byHash.query()).isNull();
        assertThat(byHash.persistedHash()).isEqualTo(hash);
        assertThat(GraphQLRequest.read("""
                {"query": "{ units { totalCount } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "%s"}}}"""
                .formatted(hash), DEPTH).withQuery("{ x }").query()).isEqualTo("{ x }");
        for (String malformed : new String[] {"{}", "{\"version\": 2, \"sha256Hash\": \"" + hash + "\"}",
                "{\"version\": 1, \"sha256Hash\": \"" + hash.toUpperCase(Locale.ROOT) + "\"}"}) {
            assertThat(catchThrowable(() -> GraphQLRequest.read(
                    "{\"query\": \"{ a }\", \"extensions\": {\"persistedQuery\": " + malformed + "}}", DEPTH)))
                    .as(malformed).isInstanceOf(Refusal.class).hasMessageContaining("persistedQuery");
        }
    }

    @Test
    void shouldTakeNullAsAbsent() throws Refusal {
        GraphQLRequest request = GraphQLRequest.read("""
                {"query": "{ units { totalCount } }", "operationName": null, "variables": null, "extensions": null}""", DEPTH);
        assertThat(request.operationName()).isNull();
        assertThat(request.variables()).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        assertRefused("this is not json", "JSON object");
        assertRefused("[{\"query\": \"{ units { totalCount } }\"}]", "JSON object");
        assertRefused("", "JSON object");
        assertRefused("\"{ units { totalCount } }\"", "JSON object");
    }

    @Test
    void shouldRefuseARequestWithoutAQueryString() {
        assertRefused("{}", "\"query\"");
        assertRefused("{\"query\": 42}", "\"query\"");
        assertRefused("{\"query\": null}", "\"query\"");
    }

    @Test
    void shouldRefuseVariablesExtensionsAndOperationNamesOfTheWrongKind() {
        assertRefused("{\"query\": \"{ a }\", \"variables\": [1]}", "\"variables\" must be an object");
        assertRefused("{\"query\": \"{ a }\", \"variables\": \"{}\"}", "\"variables\" must be an object");
        assertRefused("{\"query\": \"{ a }\", \"extensions\": 1}", "\"extensions\" must be an object");
        assertRefused("{\"query\": \"{ a }\", \"operationName\": 1}", "\"operationName\" must be a string");
    }

    @Test
    void shouldHandVariablesToGraphQLAsPlainValues() throws Refusal {
        GraphQLRequest request = GraphQLRequest.read("""
                {"query": "{ a }", "variables": {"i": 3, "d": 1.5, "s": "Sở", "b": true, "n": null,
                 "o": {"l": [1, "x", false]}}}""", DEPTH);
        Map<String, Object> plain = request.plainVariables();
        assertThat(plain).containsEntry("i", BigInteger.valueOf(3)).containsEntry("d", new BigDecimal("1.5"))
                .containsEntry("s", "Sở").containsEntry("b", true).containsEntry("n", null)
                .containsEntry("o", Map.of("l", List.of(BigInteger.ONE, "x", false)));
    }

    @Test
    void shouldRefuseJsonNestedDeeperThanTheLimitBeforeReadingIt() throws Refusal {
        String within = "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + "[".repeat(6) + "]".repeat(6) + "}}";
        assertThat(GraphQLRequest.read(within, DEPTH).variables()).containsKey("a");
        String deeper = "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        assertThatThrownBy(() -> GraphQLRequest.read(deeper, DEPTH)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo(vn.cchc.api.error.GraphQLErrors.REQUEST_TOO_LARGE);
            assertThat(r.getMessage()).contains("limit of 8");
        });
    }

    @Test
    void shouldReadAGetsParametersAsTheBodyWouldBe() throws Refusal {
        GraphQLRequest request = GraphQLRequest.fromParameters(java.util.Map.of("query", new String[] {"query Q($n: Int) { __typename }"},
                "operationName", new String[] {"Q"}, "variables", new String[] {"{\"n\": 3}"}, "_", new String[] {"1"}), DEPTH);
        assertThat(request.operationName()).isEqualTo("Q");
        assertThat(request.variables().getInt("n")).isEqualTo(3);
        assertThat(request.json()).isEqualTo("{\"query\":\"query Q($n: Int) { __typename }\",\"variables\":{\"n\":3},\"operationName\":\"Q\"}");
        for (java.util.Map<String, String[]> bad : List.of(java.util.Map.<String, String[]>of(),
                java.util.Map.of("query", new String[] {"{ a }", "{ b }"}),
                java.util.Map.of("query", new String[] {"{ a }"}, "variables", new String[] {"[1]"}),
                java.util.Map.of("query", new String[] {"{ a }"}, "variables", new String[] {"{\"x\": " + "[".repeat(20) + "]".repeat(20) + "}"}))) {
            assertThatThrownBy(() -> GraphQLRequest.fromParameters(bad, DEPTH)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.status()).isEqualTo(400));
        }
    }
}
